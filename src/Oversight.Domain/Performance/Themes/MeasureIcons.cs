using Oversight.Domain.Performance.Spc;

namespace Oversight.Domain.Performance.Themes;

/// <summary>The two icons of one measure in a theme.</summary>
/// <param name="Variation">The variation icon, or null when the measure could not be judged.</param>
/// <param name="Assurance">The assurance icon, or null when there is none.</param>
public readonly record struct MeasureIcons(SpcVariation? Variation, SpcAssurance? Assurance)
{
    /// <summary>Whether the icons show <paramref name="signal"/>.</summary>
    public bool Shows(MeasureSignal signal) => signal switch
    {
        MeasureSignal.NotJudged => Variation is null,
        MeasureSignal.CommonCause => Variation == SpcVariation.CommonCause,
        MeasureSignal.Improvement => Variation?.ToSpecialCause() == SpecialCause.Improvement,
        MeasureSignal.Concern => Variation?.ToSpecialCause() == SpecialCause.Concern,
        MeasureSignal.Neither => Variation?.ToSpecialCause() == SpecialCause.Neither,
        MeasureSignal.ConsistentlyPass => Assurance == SpcAssurance.ConsistentlyPass,
        MeasureSignal.ConsistentlyFail => Assurance == SpcAssurance.ConsistentlyFail,
        _ => Assurance == SpcAssurance.HitAndMiss,
    };
}
