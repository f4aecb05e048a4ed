namespace Oversight.Domain.Performance.Spc;

/// <summary>The fixed multipliers of the XmR chart, exactly as both reference implementations use them.</summary>
public static class SpcConstants
{
    /// <summary>Process limits sit this many average moving ranges from the mean (3 / 1.128 rounded, as the tools use it).</summary>
    public const double LimitFactor = 2.66;

    /// <summary>The two-sigma lines sit this many average moving ranges from the mean (two thirds of <see cref="LimitFactor"/>).</summary>
    public const double TwoSigmaFactor = 2 * 2.66 / 3;

    /// <summary>A moving range above this many average moving ranges is unusually large (the upper range limit).</summary>
    public const double MovingRangeCutOff = 3.267;
}
