using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;
using Oversight.Domain.Plan;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Admin.Organisations;

[Authorize(Policy = Policies.Administration)]
public sealed class IndexModel(OversightDbContext db) : PageModel
{
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var counts = await db.Users.GroupBy(u => u.OrganisationId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var organisations = await db.Organisations.OrderBy(o => o.Name).ToListAsync(cancellationToken);
        Rows = organisations.Select(o => new Row(o.Name, o.Kind, counts.GetValueOrDefault(o.Id))).ToList();
    }

    public sealed record Row(string Name, OrganisationKind Kind, int Users);
}
