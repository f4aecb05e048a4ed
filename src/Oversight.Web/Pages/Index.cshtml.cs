using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;
using Oversight.Domain.Plan;
using Oversight.Web.Navigation;
using Oversight.Web.Security;

namespace Oversight.Web.Pages;

[AllowAnonymous]
public sealed class IndexModel(OversightDbContext db, NavigationMenu menu, PoliceAndCrimePlan plan) : PageModel
{
    public PoliceAndCrimePlan Plan => plan;

    public IReadOnlyList<NavigationItem> Items { get; private set; } = [];

    public Me? SignedInAs { get; private set; }

    public IReadOnlyList<string> Roles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Items = await menu.ForAsync(User);
        var id = User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (id is null)
        {
            return;
        }

        SignedInAs = await db.Users.Where(u => u.Id == id)
            .Select(u => new Me(u.DisplayName, u.Organisation!.Name)).SingleOrDefaultAsync(cancellationToken);
        Roles = User.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
    }

    public string Describe(string role) => RoleNames.Describe(role);

    public sealed record Me(string DisplayName, string Organisation);
}
