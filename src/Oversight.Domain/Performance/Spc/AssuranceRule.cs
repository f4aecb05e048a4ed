namespace Oversight.Domain.Performance.Spc;

/// <summary>Compares a target with the process limits in force at the latest point.</summary>
public static class AssuranceRule
{
    /// <summary>
    /// The assurance icon for a target against limits. Null for a measure with no better direction
    /// or undefined limits. With <paramref name="inclusive"/> (MDC) a target exactly on a limit
    /// counts as beyond it; otherwise (NHSRplotthedots) it is hit and miss.
    /// </summary>
    public static SpcAssurance? Judge(double target, double lower, double upper, ImprovementDirection improvement, bool inclusive)
    {
        if (improvement == ImprovementDirection.Neutral || double.IsNaN(lower) || double.IsNaN(upper))
        {
            return null;
        }

        var belowAll = inclusive ? target <= lower : target < lower;
        var aboveAll = inclusive ? target >= upper : target > upper;
        // The MDC SQL tests the better side first, which matters only when the limits coincide.
        return improvement == ImprovementDirection.Increase
            ? belowAll ? SpcAssurance.ConsistentlyPass : aboveAll ? SpcAssurance.ConsistentlyFail : SpcAssurance.HitAndMiss
            : aboveAll ? SpcAssurance.ConsistentlyPass : belowAll ? SpcAssurance.ConsistentlyFail : SpcAssurance.HitAndMiss;
    }
}
