using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Casework.Letters;
using Oversight.Core.Data;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Casework.Letters;

[Authorize(Policy = Policies.Casework)]
public sealed class IndexModel(OversightDbContext db) : FormPageModel
{
    public IReadOnlyList<LetterTemplate> Templates { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Templates = await db.LetterTemplates.AsNoTracking().OrderBy(t => t.Kind).ToListAsync(cancellationToken);
}
