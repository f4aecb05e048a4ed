namespace Oversight.Domain.Performance.Comparisons;

/// <summary>How an area compares with a benchmark (national, regional or most-similar-group average), allowing for chance.</summary>
public enum BenchmarkJudgement
{
    /// <summary>Significantly better than the benchmark.</summary>
    Better,

    /// <summary>Not significantly different: the benchmark lies within the area's confidence interval.</summary>
    Similar,

    /// <summary>Significantly worse than the benchmark.</summary>
    Worse,

    /// <summary>Significantly higher, for a measure with no better direction.</summary>
    Higher,

    /// <summary>Significantly lower, for a measure with no better direction.</summary>
    Lower,
}
