namespace Oversight.Domain.Performance.Spc;

/// <summary>
/// One stretch of the series that shares a mean and process limits: a rebase group, or under MDC a
/// partition (the baseline and what follows it are separate partitions with the same limits).
/// Undefined quantities are NaN here and null in <see cref="SpcGroup"/>.
/// </summary>
/// <param name="Start">Index of the group's first point.</param>
/// <param name="Count">Number of points in the group.</param>
/// <param name="LimitStart">Index of the first point the limits were worked out from.</param>
/// <param name="LimitCount">Number of points the limits were worked out from.</param>
/// <param name="Mean">The centre line.</param>
/// <param name="MovingRangeMean">The average of the moving ranges before screening.</param>
/// <param name="MovingRangeMeanUsed">The average moving range the limits were built from, after any screening.</param>
/// <param name="ExcludedMovingRanges">How many moving ranges screening left out.</param>
/// <param name="Lower">The lower process limit: mean − 2.66 × the average moving range used.</param>
/// <param name="Upper">The upper process limit: mean + 2.66 × the average moving range used.</param>
/// <param name="LowerTwoSigma">The lower two-sigma line used by the two-in-three rule.</param>
/// <param name="UpperTwoSigma">The upper two-sigma line used by the two-in-three rule.</param>
public readonly record struct SpcGroupLimits(
    int Start,
    int Count,
    int LimitStart,
    int LimitCount,
    double Mean,
    double MovingRangeMean,
    double MovingRangeMeanUsed,
    int ExcludedMovingRanges,
    double Lower,
    double Upper,
    double LowerTwoSigma,
    double UpperTwoSigma)
{
    /// <summary>Whether process limits exist for this group.</summary>
    public bool HasLimits => !double.IsNaN(Upper);
}
