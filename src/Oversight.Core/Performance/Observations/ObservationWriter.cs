using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;
using Oversight.Core.Performance.Observations;

namespace Oversight.Core.Performance.Submissions;

/// Turns checked rows into observations without ever overwriting one: a changed value becomes a new version
/// and the old one stays on record, no longer current.
public sealed class ObservationWriter(OversightDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<ValueChange>> CompareAsync(string measureId, IReadOnlyList<SubmittedRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return [];
        }

        var from = rows.Min(r => r.PeriodStart);
        var to = rows.Max(r => r.PeriodStart);
        var current = await db.Observations
            .Where(o => o.MeasureId == measureId && o.IsCurrent && o.PeriodStart >= from && o.PeriodStart <= to)
            .ToListAsync(cancellationToken);
        var byKey = current.ToDictionary(o => (o.PeriodStart, o.Area));
        return rows.Select(r => new ValueChange(r, byKey.GetValueOrDefault((r.PeriodStart, r.Area)))).ToList();
    }

    /// Adds the new and replacing values to the unit of work; the caller saves. Returns how many were written.
    public int Apply(string measureId, IEnumerable<ValueChange> changes, ObservationSource source, Guid? provenanceId, string recordedBy)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var now = clock.GetUtcNow();
        var written = 0;
        foreach (var change in changes.Where(c => c.Kind != ChangeKind.Unchanged))
        {
            if (change.Current is { } old)
            {
                old.IsCurrent = false;
            }

            var row = change.Row;
            db.Observations.Add(new Observation
            {
                MeasureId = measureId,
                Area = row.Area,
                Period = row.Period,
                PeriodStart = row.PeriodStart,
                Value = row.Value,
                Numerator = row.Numerator,
                Denominator = row.Denominator,
                Notes = row.Notes,
                Source = source,
                ProvenanceId = provenanceId,
                Version = (change.Current?.Version ?? 0) + 1,
                IsCurrent = true,
                RecordedAt = now,
                RecordedBy = recordedBy,
            });
            written++;
        }

        return written;
    }
}
