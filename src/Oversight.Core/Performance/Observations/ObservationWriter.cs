using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;
using Oversight.Core.Performance.Submissions;

namespace Oversight.Core.Performance.Observations;

/// Writes values without ever overwriting one: a changed value becomes a new version and the old one stays on
/// record, no longer current, whichever source held it. Only one value per measure, area and period is current
/// (a unique index), so the writer must run inside the caller's transaction: it saves the retirements first.
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
    public async Task<int> ApplyAsync(
        string measureId, IEnumerable<ValueChange> changes, ObservationSource source, Guid? provenanceId, string recordedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var written = changes.Where(c => c.Kind != ChangeKind.Unchanged).ToList();
        await RetireAsync(written.Select(c => c.Current), cancellationToken);
        foreach (var (row, current) in written)
        {
            Add(new(measureId, row.Area, row.Period, row.PeriodStart, row.Value, row.Numerator, row.Denominator), current, source, provenanceId, recordedBy, row.Notes);
        }

        return written.Count;
    }

    /// Values an import works out from its file. Within the areas given, a value this source held before and
    /// no longer gives stops being current; one it gives again unchanged stays, credited to the new file.
    public async Task<int> WriteImportedAsync(
        IReadOnlyList<PeriodValue> values, IReadOnlyCollection<string> areas, ObservationSource source, Guid provenanceId, string recordedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(values);
        var measures = values.Select(v => v.Measure).Distinct().ToList();
        var periods = values.Select(v => v.Period).Distinct().ToList();
        var current = await db.Observations
            .Where(o => o.IsCurrent && measures.Contains(o.MeasureId) && periods.Contains(o.Period) && areas.Contains(o.Area))
            .ToDictionaryAsync(o => (o.MeasureId, o.Area, o.Period), cancellationToken);
        var changed = new List<(PeriodValue Value, Observation? Current)>();
        foreach (var value in values)
        {
            var held = current.GetValueOrDefault((value.Measure, value.Area, value.Period));
            current.Remove((value.Measure, value.Area, value.Period));
            if (held is not null && held.Source == source && value.Matches(held))
            {
                held.ProvenanceId = provenanceId;
                continue;
            }

            changed.Add((value, held));
        }

        await RetireAsync(changed.Select(c => c.Current).Concat(current.Values.Where(o => o.Source == source)), cancellationToken);
        foreach (var (value, held) in changed)
        {
            Add(value, held, source, provenanceId, recordedBy, null);
        }

        return changed.Count;
    }

    // Saved before the new versions are added: EF is not relied on to order an update before an insert for a
    // filtered unique index, and the database checks it statement by statement.
    private async Task RetireAsync(IEnumerable<Observation?> replaced, CancellationToken cancellationToken)
    {
        var any = false;
        foreach (var old in replaced.OfType<Observation>())
        {
            old.IsCurrent = false;
            any = true;
        }

        if (any)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private void Add(PeriodValue value, Observation? replaced, ObservationSource source, Guid? provenanceId, string recordedBy, string? notes) =>
        db.Observations.Add(new Observation
        {
            MeasureId = value.Measure,
            Area = value.Area,
            Period = value.Period,
            PeriodStart = value.PeriodStart,
            Value = value.Value,
            Numerator = value.Numerator,
            Denominator = value.Denominator,
            Notes = notes,
            Source = source,
            ProvenanceId = provenanceId,
            Version = (replaced?.Version ?? 0) + 1,
            IsCurrent = true,
            RecordedAt = clock.GetUtcNow(),
            RecordedBy = recordedBy,
        });
}
