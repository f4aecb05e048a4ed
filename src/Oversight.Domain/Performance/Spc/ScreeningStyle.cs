namespace Oversight.Domain.Performance.Spc;

/// <summary>
/// How unusually large moving ranges (above 3.267 times the average moving range) are kept out
/// of the process limits, so that one big jump does not widen the limits for every point.
/// </summary>
public enum ScreeningStyle
{
    /// <summary>
    /// NHSRplotthedots: keep moving ranges strictly below the cut-off, recompute the average
    /// moving range once, and leave the mean alone.
    /// </summary>
    KeepBelowCutOff,

    /// <summary>
    /// MDC SQL: keep moving ranges at or below the cut-off, and also recompute the mean without the
    /// points whose moving range was dropped.
    /// </summary>
    KeepUpToCutOffAndRecomputeMean,
}
