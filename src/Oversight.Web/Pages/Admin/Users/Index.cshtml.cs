using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Admin.Users;

[Authorize(Policy = Policies.Administration)]
public sealed class IndexModel(OversightDbContext db) : PageModel
{
    public IReadOnlyList<Row> Users { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        var byUser = roles.ToLookup(r => r.UserId, r => r.Name ?? "");
        var users = await db.Users.OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName, Organisation = u.Organisation!.Name }).ToListAsync(cancellationToken);
        Users = users.Select(u => new Row(u.Id, u.DisplayName, u.Organisation, byUser[u.Id].ToList())).ToList();
    }

    public sealed record Row(string Id, string DisplayName, string Organisation, IReadOnlyList<string> Roles);
}
