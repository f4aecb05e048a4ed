using System.Security.Claims;
using Oversight.Core.Accounts;
using Oversight.Core.Custody.Visiting;

namespace Oversight.Web.Pages.Custody.Visits;

public static class VisitingUsers
{
    /// Coordinators (custody officers and administrators) see every visit; volunteers only their own pair's.
    public static VisitingUser From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", user.IsInRole(Roles.CustodyOfficer) || user.IsInRole(Roles.Administrator));
    }
}
