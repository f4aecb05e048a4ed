using Microsoft.EntityFrameworkCore;
using Oversight.Core.Accounts;
using Oversight.Core.Data;
using Oversight.Domain;
using Oversight.Domain.Plan;

namespace Oversight.Core.Performance.Sharing;

/// Which measures a person may read and which they may submit values for.
public sealed class MeasureAccess(OversightDbContext db, PoliceAndCrimePlan plan, TimeProvider clock)
{
    private static readonly IReadOnlySet<string> None = new HashSet<string>(StringComparer.Ordinal);

    /// The ids of the measures the user may read today (UK time).
    public Task<IReadOnlySet<string>> ReadableAsync(MeasureUser user, CancellationToken cancellationToken) =>
        ReadableOnAsync(user, UkTime.Today(clock), cancellationToken);

    /// Office staff read everything; a partner reads the datasets their organisation owns, plus those an
    /// agreement active on the day grants it; anyone else reads nothing.
    public async Task<IReadOnlySet<string>> ReadableOnAsync(MeasureUser user, DateOnly day, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsOfficeStaff)
        {
            return plan.Measures.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        }

        if (user.Role != Roles.PartnerUser)
        {
            return None;
        }

        var granted = await db.DataSharingAgreements
            .Where(a => a.Starts <= day && a.Ends >= day && a.Partners.Any(p => p.OrganisationId == user.OrganisationId))
            .SelectMany(a => a.Datasets.Select(d => d.DatasetId))
            .Distinct()
            .ToListAsync(cancellationToken);
        return plan.Datasets
            .Where(d => d.Owner == user.OrganisationId || granted.Contains(d.Id))
            .SelectMany(d => d.Measures)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// Analysts and administrators submit for any measure; a partner only for datasets their organisation owns.
    public bool MaySubmit(MeasureUser user, string measureId)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (plan.FindMeasure(measureId) is null)
        {
            return false;
        }

        return user.Role is Roles.Analyst or Roles.Administrator
            || (user.Role == Roles.PartnerUser && plan.DatasetOf(measureId).Owner == user.OrganisationId);
    }
}
