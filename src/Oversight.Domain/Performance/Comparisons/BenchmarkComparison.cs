namespace Oversight.Domain.Performance.Comparisons;

/// <summary>
/// Compares an area's rate with a benchmark rate. The test: treat the area's count as Poisson,
/// form its exact (Garwood) confidence interval, and call the area similar when the benchmark
/// rate lies inside the interval (limits included); otherwise it is significantly higher or
/// lower, which is better or worse according to the improvement direction. The benchmark is
/// treated as known exactly, as it comes from a far larger population.
/// </summary>
public static class BenchmarkComparison
{
    /// <summary>Compares one period's count with a benchmark rate per 1,000 population.</summary>
    public static BenchmarkResult Compare(AreaCount area, double benchmarkRatePerThousand, ImprovementDirection improvement, double confidence = 0.95)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(benchmarkRatePerThousand);
        var (lower, upper) = PoissonInterval.Exact(area.Count, confidence);
        var rate = Rates.PerThousand(area.Count, area.Population);
        var lowerRate = Rates.PerThousand(lower, area.Population);
        var upperRate = Rates.PerThousand(upper, area.Population);
        var judgement = benchmarkRatePerThousand < lowerRate ? Judge(higher: true, improvement)
            : benchmarkRatePerThousand > upperRate ? Judge(higher: false, improvement)
            : BenchmarkJudgement.Similar;
        return new BenchmarkResult(area.Period, rate, lowerRate, upperRate, benchmarkRatePerThousand, judgement);
    }

    /// <summary>Compares each period of the area's series that the benchmark series also has; other periods are left out.</summary>
    public static IReadOnlyList<BenchmarkResult> CompareSeries(IEnumerable<AreaCount> area, IReadOnlyDictionary<string, double> benchmarkRatesPerThousand, ImprovementDirection improvement, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(benchmarkRatesPerThousand);
        return
        [
            .. area
                .Where(a => benchmarkRatesPerThousand.ContainsKey(a.Period))
                .Select(a => Compare(a, benchmarkRatesPerThousand[a.Period], improvement, confidence)),
        ];
    }

    private static BenchmarkJudgement Judge(bool higher, ImprovementDirection improvement) => improvement switch
    {
        ImprovementDirection.Increase => higher ? BenchmarkJudgement.Better : BenchmarkJudgement.Worse,
        ImprovementDirection.Decrease => higher ? BenchmarkJudgement.Worse : BenchmarkJudgement.Better,
        _ => higher ? BenchmarkJudgement.Higher : BenchmarkJudgement.Lower,
    };
}
