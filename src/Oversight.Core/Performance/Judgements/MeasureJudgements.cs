using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Oversight.Core.Data;
using Oversight.Core.Performance.Observations;
using Oversight.Domain;
using Oversight.Domain.Performance.PoliceData;
using Oversight.Domain.Performance.Themes;
using Oversight.Domain.Plan;

namespace Oversight.Core.Performance.Judgements;

/// Judges the plan's measures from their current observations, for the whole force or one district.
public sealed class MeasureJudgements(OversightDbContext db, PoliceAndCrimePlan plan, PoliceDataConfiguration policeData, IMemoryCache cache, TimeProvider clock)
{
    /// "force" first, then the districts in configuration order.
    public IReadOnlyList<(string Id, string Name)> Areas =>
        [(Observation.ForceArea, plan.Area), .. policeData.Districts.Select(d => (d.Id, d.Name))];

    public bool IsArea(string area) => Areas.Any(a => a.Id == area);

    public string AreaName(string area) => Areas.FirstOrDefault(a => a.Id == area).Name ?? area;

    /// Every theme and measure for the area, from one query; with upTo, only periods starting on or before that day,
    /// so a report on a past quarter is judged on what that quarter knew of, not on later values.
    /// Judgements are kept until the area's observations change: any new, superseding or replacing value adds a row
    /// with a later RecordedAt, and removals change the count, so the pair identifies what was judged. Today is part of
    /// the key too, since which period is expected (and so which measures are late) moves with the date.
    public async Task<IReadOnlyList<ThemeJudgement>> JudgeAreaAsync(string area, DateOnly? upTo, CancellationToken cancellationToken)
    {
        var version = await db.Observations.Where(o => o.Area == area)
            .GroupBy(o => o.Area)
            .Select(g => new { Count = g.Count(), Latest = g.Max(o => o.RecordedAt) })
            .SingleOrDefaultAsync(cancellationToken);
        var today = upTo is null ? UkTime.Today(clock) : (DateOnly?)null;
        var key = (nameof(JudgeAreaAsync), area, upTo, today, version?.Count ?? 0, version?.Latest ?? DateTimeOffset.MinValue);
        if (cache.TryGetValue(key, out IReadOnlyList<ThemeJudgement>? cached) && cached is not null)
        {
            return cached;
        }

        var judged = await JudgeUncachedAsync(area, upTo, today, cancellationToken);
        cache.Set(key, judged, TimeSpan.FromMinutes(10));
        return judged;
    }

    // A past report is judged on what its quarter knew of; lateness is only said of today (today null for a report).
    private async Task<IReadOnlyList<ThemeJudgement>> JudgeUncachedAsync(string area, DateOnly? upTo, DateOnly? today, CancellationToken cancellationToken)
    {
        var query = db.Observations.AsNoTracking().Where(o => o.Area == area && o.IsCurrent);
        if (upTo is { } last)
        {
            query = query.Where(o => o.PeriodStart <= last);
        }

        var observations = await query.ToListAsync(cancellationToken);
        var byMeasure = observations.ToLookup(o => o.MeasureId, StringComparer.Ordinal);
        return
        [
            .. plan.PerformanceThemes.Select(theme =>
            {
                var measures = theme.Measures.Select(m => SeriesJudge.Judge(m, area, byMeasure[m.Id], plan.DatasetOf(m.Id).Return, today)).ToList();
                var suggestion = ThemeRollUp.Suggest([.. measures.Select(m => m.Icons)], RollUpPolicy.Default);
                return new ThemeJudgement(theme, measures, suggestion);
            }),
        ];
    }

    /// One measure for the area, or null when the plan has no such measure.
    public async Task<MeasureJudgement?> JudgeAsync(string measureId, string area, CancellationToken cancellationToken)
    {
        if (plan.FindMeasure(measureId) is not { } measure)
        {
            return null;
        }

        var observations = await db.Observations.AsNoTracking()
            .Where(o => o.MeasureId == measureId && o.Area == area && o.IsCurrent)
            .ToListAsync(cancellationToken);
        return SeriesJudge.Judge(measure, area, observations, plan.DatasetOf(measureId).Return, UkTime.Today(clock));
    }
}
