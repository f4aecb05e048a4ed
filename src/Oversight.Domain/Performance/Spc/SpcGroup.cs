namespace Oversight.Domain.Performance.Spc;

/// <summary>A stretch of the chart sharing one mean and one set of limits (see <see cref="SpcGroupLimits"/>); undefined figures are null.</summary>
/// <param name="FirstPeriod">The period the group starts at.</param>
/// <param name="Count">Number of points in the group.</param>
/// <param name="LimitPoints">Number of points the limits were worked out from (fewer than <paramref name="Count"/> when limits are fixed).</param>
/// <param name="Mean">The centre line.</param>
/// <param name="MovingRangeMean">Average moving range before screening; null with a single point.</param>
/// <param name="MovingRangeMeanUsed">Average moving range the limits use, after any screening.</param>
/// <param name="ExcludedMovingRanges">How many moving ranges screening left out.</param>
/// <param name="Lower">The lower process limit.</param>
/// <param name="Upper">The upper process limit.</param>
/// <param name="LowerTwoSigma">The lower two-sigma line.</param>
/// <param name="UpperTwoSigma">The upper two-sigma line.</param>
public sealed record SpcGroup(
    string FirstPeriod,
    int Count,
    int LimitPoints,
    double Mean,
    double? MovingRangeMean,
    double? MovingRangeMeanUsed,
    int ExcludedMovingRanges,
    double? Lower,
    double? Upper,
    double? LowerTwoSigma,
    double? UpperTwoSigma);
