using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;
using Oversight.Core.Performance.Sharing;

namespace Oversight.Core.Performance.Observations;

/// Reads measure values, only ever those of measures the user may read.
public sealed class MeasureValues(OversightDbContext db, MeasureAccess access)
{
    /// The current values of a measure, latest period first; empty when the user may not read the measure.
    public async Task<List<Observation>> CurrentAsync(MeasureUser user, string measureId, int limit, CancellationToken cancellationToken)
    {
        var visible = await access.ReadableAsync(user, cancellationToken);
        // N.B. the filter is in SQL, so a page or endpoint that forgets to check access still shows nothing.
        return await db.Observations.AsNoTracking()
            .Where(o => visible.Contains(o.MeasureId))
            .Where(o => o.MeasureId == measureId && o.IsCurrent)
            .OrderByDescending(o => o.PeriodStart).ThenBy(o => o.Area)
            .Take(limit)
            .ToListAsync(cancellationToken);
    }
}
