namespace Oversight.Domain.Performance.Spc;

/// <summary>Conversions from a point's category.</summary>
public static class SpcVariationExtensions
{
    /// <summary>The colour a point of this category takes, dropping which side of the process it is on.</summary>
    public static SpecialCause ToSpecialCause(this SpcVariation variation) => variation switch
    {
        SpcVariation.ImprovementHigh or SpcVariation.ImprovementLow => SpecialCause.Improvement,
        SpcVariation.ConcernHigh or SpcVariation.ConcernLow => SpecialCause.Concern,
        SpcVariation.NeitherHigh or SpcVariation.NeitherLow => SpecialCause.Neither,
        _ => SpecialCause.None,
    };
}
