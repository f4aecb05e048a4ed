using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Oversight.Core.Data;
using Oversight.Core.Performance.PoliceData;
using Oversight.Domain.Performance;
using Oversight.Domain.Performance.Comparisons;
using Oversight.Domain.Performance.National;
using Oversight.Domain.Performance.PoliceData;
using Oversight.Domain.Plan;

namespace Oversight.Core.Performance.National;

/// A measure's comparison of the force with its comparison group and England and Wales, from the monthly counts
/// every imported police.uk file leaves (<see cref="NationalCount"/>).
/// <param name="Measure">The measure.</param>
/// <param name="From">The first month of the 12 compared.</param>
/// <param name="To">The last month compared.</param>
/// <param name="Group">The comparison group as configured.</param>
/// <param name="Result">The comparison, or null when the force has no data for the months.</param>
/// <param name="MissingForces">Group members without data for every month the force has, so left out.</param>
/// <param name="Trend">The force's and the group's rates month by month over the 36 months to <paramref name="To"/>.</param>
/// <param name="Method">How it was worked out, in words, shown beside the figures.</param>
public sealed record MeasureComparison(
    Measure Measure, string From, string To, ComparisonGroup Group, ForceComparisonResult? Result, IReadOnlyList<PoliceForce> MissingForces,
    IReadOnlyList<ComparisonTrendPoint> Trend, string Method)
{
    /// "better", "similar", "worse" (or "higher"/"lower" for a measure with no better direction), or "not-comparable".
    public string JudgementWord => Result?.Judgement is { } j ? j.ToString().ToLowerInvariant() : "not-comparable";
}

/// <summary>A district set against the whole force over the same 12 months, from the force's own rows.</summary>
/// <param name="Id">The district's id, or "force" for the force's own row.</param>
/// <param name="Name">Its name.</param>
/// <param name="Count">Records in the months.</param>
/// <param name="Population">Its residents.</param>
/// <param name="RatePerThousand">Records per 1,000 residents.</param>
/// <param name="Rank">Its place among the districts, 1 the best; 0 for the force's row.</param>
/// <param name="Judgement">The district's count against the force's rate by the exact Poisson test; null for the force's row.</param>
public sealed record DistrictComparison(string Id, string Name, long Count, int Population, double RatePerThousand, int Rank, BenchmarkJudgement? Judgement)
{
    public string JudgementWord => Judgement is { } j ? j.ToString().ToLowerInvariant() : "";
}

/// One month of the trend: rates per 1,000 residents (in that month alone), null where there is no data.
public sealed record ComparisonTrendPoint(string Month, double? ForceRatePerThousand, double? GroupRatePerThousand);

public sealed class MeasureComparisons(
    OversightDbContext db, PoliceDataConfiguration config, PoliceForces forces, PoliceAndCrimePlan plan, IMemoryCache cache, TimeProvider clock)
{
    /// The measures that police.uk's national files can compare: counts of street crime types and of searches.
    /// Outcome measures are shares of a force's own outcomes, not rates per resident, so they are not compared.
    public (PoliceFileKind Kind, IReadOnlyList<string>? Categories)? SourceOf(string measure)
    {
        if (config.ComparisonGroup is null || forces.Find(config.Force) is null)
        {
            return null;
        }

        if (config.StreetMeasures.FirstOrDefault(m => m.Measure == measure) is { } street)
        {
            return (PoliceFileKind.Street, street.Categories);
        }

        return config.StopSearchMeasures.Count == measure ? (PoliceFileKind.StopAndSearch, null) : null;
    }

    /// The comparison for the 12 months to <paramref name="to"/> (YYYY-MM), or to the latest month the force has;
    /// null for a measure without national data.
    /// Comparisons are kept until the imported police.uk files change: every import or replacement of a file adds a
    /// row with the next number and a removal changes the counts, so the three numbers identify the counts compared
    /// (as MeasureJudgements keys an area's judgements). Today is in the key for the default month when none is held.
    public async Task<MeasureComparison?> CompareAsync(string measureId, string? to, CancellationToken cancellationToken) =>
        await KeptAsync(measureId, to, await FilesVersionAsync(cancellationToken), cancellationToken);

    /// Each comparable measure's comparison to its latest month, for the matrix: one check of the files for all.
    public async Task<IReadOnlyDictionary<string, MeasureComparison>> CompareEachAsync(IEnumerable<string> measureIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(measureIds);
        var version = await FilesVersionAsync(cancellationToken);
        var found = new Dictionary<string, MeasureComparison>(StringComparer.Ordinal);
        foreach (var id in measureIds)
        {
            if (await KeptAsync(id, null, version, cancellationToken) is { } comparison)
            {
                found[id] = comparison;
            }
        }

        return found;
    }

    // N.B. the counts' own number too, for counts written without a file (as tests do).
    private async Task<(int Files, int Latest, int Counts)> FilesVersionAsync(CancellationToken cancellationToken)
    {
        var files = await db.PoliceDataFiles.GroupBy(f => 1)
            .Select(g => new { Count = g.Count(), Latest = g.Max(f => f.Number) })
            .SingleOrDefaultAsync(cancellationToken);
        return (files?.Count ?? 0, files?.Latest ?? 0, await db.NationalCounts.CountAsync(cancellationToken));
    }

    private async Task<MeasureComparison?> KeptAsync(string measureId, string? to, (int, int, int) files, CancellationToken cancellationToken)
    {
        if (plan.FindMeasure(measureId) is null || SourceOf(measureId) is null)
        {
            return null;
        }

        var key = (nameof(MeasureComparisons), measureId, to, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), files);
        if (cache.TryGetValue(key, out MeasureComparison? kept) && kept is not null)
        {
            return kept;
        }

        var compared = (await CompareUncachedAsync(measureId, to, cancellationToken))!;
        cache.Set(key, compared, TimeSpan.FromMinutes(10));
        return compared;
    }

    private async Task<MeasureComparison?> CompareUncachedAsync(string measureId, string? to, CancellationToken cancellationToken)
    {
        if (plan.FindMeasure(measureId) is not { } measure || SourceOf(measureId) is not { } source)
        {
            return null;
        }

        var group = config.ComparisonGroup!;
        var own = forces.Find(config.Force)!;
        to ??= await db.NationalCounts.Where(c => c.Force == own.Id && c.Kind == source.Kind).MaxAsync(c => (string?)c.Month, cancellationToken)
            ?? LastMonth(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var end = ParseMonth(to);
        var months = Months(end, 36);
        var monthly = await MonthlyCountsAsync(source.Kind, source.Categories, months, cancellationToken);
        var window = months[^12..];
        var ownMonths = window.Where(m => monthly.ContainsKey((own.Id, m))).ToList();
        var complete = forces.All
            .Where(f => ownMonths.Count > 0 && ownMonths.All(m => monthly.ContainsKey((f.Id, m))))
            .Select(f => new ForceCount(f, ownMonths.Sum(m => (long)monthly[(f.Id, m)])))
            .ToList();
        var force = complete.FirstOrDefault(c => c.Force.Id == own.Id);
        var result = force is null ? null : ForceComparison.Compare(force, group, complete, measure.Improvement);
        var missing = group.Forces.Where(id => complete.All(c => c.Force.Id != id)).Select(id => forces.Find(id)!).ToList();
        var trend = months.Select(m => new ComparisonTrendPoint(
            m,
            monthly.TryGetValue((own.Id, m), out var count) ? Rates.PerThousand(count, own.Population) : null,
            Pooled(group.Forces.Where(id => monthly.ContainsKey((id, m))).Select(id => (monthly[(id, m)], forces.Find(id)!.Population)).ToList())))
            .ToList();
        return new MeasureComparison(measure, window[0], to, group, result, missing, trend, Method(source.Kind, window[0], to, ownMonths.Count));
    }

    /// The force's districts compared with each other and with the whole force, for the same 12 months as
    /// <see cref="CompareAsync"/>: each district's rate per 1,000 residents from the measure's monthly values derived
    /// from the force's own rows, ranked, and judged against the force's rate by the exact Poisson test. The force's
    /// row comes first. Empty when the force has no values for the months.
    public async Task<IReadOnlyList<DistrictComparison>> CompareDistrictsAsync(MeasureComparison comparison, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var measure = comparison.Measure;
        var (from, to) = (ParseMonth(comparison.From), ParseMonth(comparison.To));
        var areas = config.Districts.Select(d => d.Id).Append(Observations.Observation.ForceArea).ToList();
        var values = await db.Observations
            .Where(o => o.MeasureId == measure.Id && o.IsCurrent && areas.Contains(o.Area) && o.PeriodStart >= from && o.PeriodStart <= to)
            .Select(o => new { o.Area, Count = o.Numerator ?? o.Value }).ToListAsync(cancellationToken);
        var counts = values.GroupBy(v => v.Area).ToDictionary(g => g.Key, g => (long)Math.Round(g.Sum(v => v.Count)), StringComparer.Ordinal);
        if (!counts.TryGetValue(Observations.Observation.ForceArea, out var forceCount))
        {
            return [];
        }

        var forceRate = Rates.PerThousand(forceCount, config.Population);
        var districts = config.Districts
            .Select(d => (District: d, Count: counts.GetValueOrDefault(d.Id)))
            .OrderBy(d => measure.Improvement == ImprovementDirection.Increase ? -Rates.PerThousand(d.Count, d.District.Population) : Rates.PerThousand(d.Count, d.District.Population))
            .Select((d, i) => new DistrictComparison(
                d.District.Id, d.District.Name, d.Count, d.District.Population, Rates.PerThousand(d.Count, d.District.Population), i + 1,
                BenchmarkComparison.Compare(new AreaCount(comparison.To, d.Count, d.District.Population), forceRate, measure.Improvement).Judgement));
        return [new DistrictComparison(Observations.Observation.ForceArea, forces.Find(config.Force)!.Name, forceCount, config.Population, forceRate, 0, null), .. districts];
    }

    private async Task<Dictionary<(string Force, string Month), int>> MonthlyCountsAsync(
        PoliceFileKind kind, IReadOnlyList<string>? categories, List<string> months, CancellationToken cancellationToken)
    {
        var query = db.NationalCounts.Where(c => c.Kind == kind && months.Contains(c.Month));
        if (categories is not null)
        {
            var wanted = categories.ToList();
            query = query.Where(c => wanted.Contains(c.Category));
        }

        // A force's month counts as present when its file was imported, even if none of its records fall in the
        // measure's categories: that is a true zero.
        var present = await db.NationalCounts.Where(c => c.Kind == kind && months.Contains(c.Month))
            .Select(c => new { c.Force, c.Month }).Distinct().ToListAsync(cancellationToken);
        var sums = await query.GroupBy(c => new { c.Force, c.Month }).Select(g => new { g.Key.Force, g.Key.Month, Count = g.Sum(c => c.Count) })
            .ToListAsync(cancellationToken);
        var counts = present.ToDictionary(p => (p.Force, p.Month), _ => 0);
        foreach (var s in sums)
        {
            counts[(s.Force, s.Month)] = s.Count;
        }

        return counts;
    }

    private static double? Pooled(List<(int Count, int Population)> counts) =>
        counts.Count == 0 ? null : Rates.PerThousand(counts.Sum(c => (double)c.Count), counts.Sum(c => (double)c.Population));

    private string Method(PoliceFileKind kind, string from, string to, int months)
    {
        var own = forces.Find(config.Force)!;
        var records = kind == PoliceFileKind.Street ? "street-level crime records" : "stop-and-search records";
        return $"Rate per 1,000 residents of data.police.uk {records} over {from} to {to} ({months} month{(months == 1 ? "" : "s")} with data), " +
            "for each force with data for every one of those months. The group's and England and Wales's rates pool their forces' records " +
            "over their residents (a weighted average, as HMICFRS shows most similar group averages); the group's leaves the force out. " +
            "The judgement asks whether the group's rate lies inside the exact (Garwood) 95% Poisson interval of the force's count. " +
            $"Populations: {own.PopulationSource} ({own.PopulationYear}), the same source for every force so that all are counted alike.";
    }

    private static DateOnly ParseMonth(string month) =>
        DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new ArgumentException($"expected a month like 2024-05, found \"{month}\"", nameof(month));

    private static string LastMonth(DateOnly today) => today.AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static List<string> Months(DateOnly end, int count) =>
        [.. Enumerable.Range(0, count).Select(i => end.AddMonths(i - count + 1).ToString("yyyy-MM", CultureInfo.InvariantCulture))];

    /// True for a YYYY-MM month.
    public static bool IsMonth(string? month) => month is not null && month.Length == 7 &&
        DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
