namespace Oversight.Domain.Performance.Spc;

/// <summary>
/// What to do when one point is part of both a good-news and a bad-news pattern, for example a
/// rising trend that is still below the mean.
/// </summary>
public enum ConflictRule
{
    /// <summary>
    /// NHSRplotthedots: the point takes the direction of the first rule that applies in the
    /// order outside limits, trend, two-in-three, shift.
    /// </summary>
    Precedence,

    /// <summary>Making Data Count tools: the point is shown as improvement.</summary>
    ImprovementWins,

    /// <summary>The point is shown as concern (the MDC SQL's alternative setting).</summary>
    ConcernWins,
}
