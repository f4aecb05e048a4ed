using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;
using Oversight.Core.Performance.Judgements;
using Oversight.Domain.Performance.Spc;
using Oversight.Domain.Plan;

namespace Oversight.Core.Performance.Sharing;

/// One granted measure's judged series for an area, cut to a range of periods.
public sealed record RangeSeries(Measure Measure, PerformanceTheme Theme, string Area, MeasureJudgement Judgement, IReadOnlyList<SpcPoint> Points)
{
    public bool HasData => Points.Count > 0;
}

/// What the dashboard read: the granted series, and the requested ids it would not read.
public sealed record PartnershipReading(IReadOnlyList<RangeSeries> Series, IReadOnlyList<string> Refused);

/// The partnership dashboard's reads. Every read asks MeasureAccess first and filters on its answer in SQL, so a
/// crafted query string cannot reach a measure the user may not read.
public sealed class PartnershipSeries(OversightDbContext db, PoliceAndCrimePlan plan, MeasureAccess access)
{
    /// The themes and their measures the user may read today, in plan order; themes with none are left out.
    public async Task<IReadOnlyList<(PerformanceTheme Theme, IReadOnlyList<Measure> Measures)>> ChoicesAsync(MeasureUser user, CancellationToken cancellationToken)
    {
        var visible = await access.ReadableAsync(user, cancellationToken);
        return
        [
            .. plan.PerformanceThemes
                .Select(t => (t, (IReadOnlyList<Measure>)[.. t.Measures.Where(m => visible.Contains(m.Id))]))
                .Where(t => t.Item2.Count > 0),
        ];
    }

    /// The first day of the latest month any measure the user may read has a value for in the area, or null.
    public async Task<DateOnly?> LatestMonthAsync(MeasureUser user, string area, CancellationToken cancellationToken)
    {
        var visible = (await access.ReadableAsync(user, cancellationToken)).ToList();
        var latest = await db.Observations.Where(o => visible.Contains(o.MeasureId) && o.Area == area && o.IsCurrent)
            .MaxAsync(o => (DateOnly?)o.PeriodStart, cancellationToken);
        return latest is { } day ? new DateOnly(day.Year, day.Month, 1) : null;
    }

    /// The current series of each requested measure the user may read, for the area, judged over the whole series
    /// (the same limits the office sees) and cut to the periods starting from the first day of
    /// <paramref name="fromMonth"/> to the end of <paramref name="toMonth"/>.
    public async Task<PartnershipReading> ReadAsync(
        MeasureUser user, IReadOnlyCollection<string> measureIds, string area, DateOnly fromMonth, DateOnly toMonth, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(measureIds);
        var visible = await access.ReadableAsync(user, cancellationToken);
        var wanted = measureIds.Distinct(StringComparer.Ordinal).ToList();
        var granted = wanted.Where(id => visible.Contains(id) && plan.FindMeasure(id) is not null).ToList();
        var observations = await db.Observations.AsNoTracking()
            .Where(o => visible.Contains(o.MeasureId))
            .Where(o => granted.Contains(o.MeasureId) && o.Area == area && o.IsCurrent)
            .ToListAsync(cancellationToken);
        var byMeasure = observations.ToLookup(o => o.MeasureId, StringComparer.Ordinal);
        var (from, before) = (new DateOnly(fromMonth.Year, fromMonth.Month, 1), new DateOnly(toMonth.Year, toMonth.Month, 1).AddMonths(1));
        var series = granted.Select(id =>
        {
            var measure = plan.FindMeasure(id)!;
            var judgement = SeriesJudge.Judge(measure, area, byMeasure[id]);
            var points = judgement.Chart.Points
                .Where((_, i) => judgement.Observations[i].PeriodStart >= from && judgement.Observations[i].PeriodStart < before)
                .ToList();
            return new RangeSeries(measure, plan.PerformanceThemes.First(t => t.Measures.Contains(measure)), area, judgement, points);
        }).ToList();
        return new PartnershipReading(series, [.. wanted.Except(granted, StringComparer.Ordinal)]);
    }
}
