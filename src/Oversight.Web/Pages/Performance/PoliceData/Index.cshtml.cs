using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;
using Oversight.Core.Performance.PoliceData;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Performance.PoliceData;

[Authorize(Policy = Policies.Performance)]
public sealed class IndexModel(OversightDbContext db, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<PoliceDataFile> Files { get; private set; } = [];

    public bool CanImport { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CanImport = (await authorization.AuthorizeAsync(User, Policies.ImportData)).Succeeded;
        Files = await db.PoliceDataFiles.AsNoTracking()
            .OrderByDescending(f => f.Month).ThenBy(f => f.Force).ThenBy(f => f.Kind)
            .ToListAsync(cancellationToken);
    }
}
