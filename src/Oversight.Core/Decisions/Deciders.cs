using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;
using Oversight.Domain.Decisions;

namespace Oversight.Core.Decisions;

/// The one delegation check every kind of decision goes through (grant awards, variations, clawbacks, tranche
/// releases, contract awards, the precept proposal, policy, signing a notice): who the person is in the scheme of
/// delegation (their roles and the posts they hold) and whether it lets them take this decision at this value.
public sealed class Deciders(OversightDbContext db, SchemeOfDelegation scheme)
{
    public SchemeOfDelegation Scheme => scheme;

    public async Task<Decider> FindAsync(string userId, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.DisplayName, u.Posts }).SingleAsync(cancellationToken);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == userId select r.Name!).ToListAsync(cancellationToken);
        return new Decider(userId, user.DisplayName, roles, user.Posts);
    }

    /// Why this person may not take a decision of this kind and value ("Clawback of grant decisions over £5,000 are
    /// taken by the Deputy Mayor for Policing and Crime; this one is £6,000"), or null when they may.
    public async Task<string?> RefusalAsync(DecisionType type, decimal amount, string userId, CancellationToken cancellationToken)
    {
        var who = await FindAsync(userId, cancellationToken);
        return scheme.Refusal(type, amount, who.Roles, who.Posts);
    }
}
