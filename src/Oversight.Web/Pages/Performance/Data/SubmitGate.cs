using Oversight.Core.Performance;
using Oversight.Core.Performance.Sharing;
using Oversight.Domain.Plan;

namespace Oversight.Web.Pages.Performance.Data;

/// Decides whether a page about submitting values for a measure may open: 404 when the user may not even read
/// the measure (so its existence is not confirmed), 403 when they may read but not submit.
public static class SubmitGate
{
    public static async Task<(Measure? Measure, int Status)> CheckAsync(
        MeasureUser me, string id, MeasureAccess access, PoliceAndCrimePlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(plan);
        var measure = plan.FindMeasure(id);
        if (measure is null || !(await access.ReadableAsync(me, cancellationToken)).Contains(id))
        {
            return (null, StatusCodes.Status404NotFound);
        }

        return access.MaySubmit(me, id) ? (measure, StatusCodes.Status200OK) : (null, StatusCodes.Status403Forbidden);
    }
}
