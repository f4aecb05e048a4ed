using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Accounts;
using Oversight.Core.Data;
using Oversight.Core.Performance;

namespace Oversight.Web.Security;

/// The signed-in person as measure access sees them: their role from the cookie, their organisation from the
/// database, so a move to another organisation takes effect at once.
public sealed class CurrentUser(IHttpContextAccessor accessor, OversightDbContext db)
{
    private MeasureUser? user;

    public async Task<MeasureUser> GetAsync(CancellationToken cancellationToken)
    {
        if (user is not null)
        {
            return user;
        }

        var principal = accessor.HttpContext?.User ?? throw new InvalidOperationException("There is no request");
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("No one is signed in");
        var role = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).FirstOrDefault(Roles.All.Contains) ?? "";
        var name = principal.Identity?.Name ?? id;
        var organisation = await db.Users.Where(u => u.Id == id).Select(u => u.OrganisationId).SingleAsync(cancellationToken);
        user = new MeasureUser(id, name, role, organisation);
        return user;
    }
}
