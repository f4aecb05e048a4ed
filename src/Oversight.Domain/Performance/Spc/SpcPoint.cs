namespace Oversight.Domain.Performance.Spc;

/// <summary>One judged point of a chart.</summary>
/// <param name="Period">The period's label.</param>
/// <param name="Value">The measure's value.</param>
/// <param name="Mean">The centre line in force at this point.</param>
/// <param name="Lower">The lower process limit in force at this point; null where undefined or the series is too short.</param>
/// <param name="Upper">The upper process limit in force at this point; null where undefined or the series is too short.</param>
/// <param name="Variation">What the point says once the improvement direction is applied.</param>
/// <param name="Rules">Every special-cause pattern the point is part of.</param>
/// <param name="Group">Index of the group (in <see cref="SpcResult.Groups"/>) whose limits apply.</param>
public sealed record SpcPoint(string Period, double Value, double Mean, double? Lower, double? Upper, SpcVariation Variation, SpcRules Rules, int Group)
{
    /// <summary>The point's colour on the chart.</summary>
    public SpecialCause SpecialCause => Variation.ToSpecialCause();
}
