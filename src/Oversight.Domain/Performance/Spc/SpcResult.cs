namespace Oversight.Domain.Performance.Spc;

/// <summary>A judged chart: every point, the groups sharing limits, the two icons and any warnings.</summary>
/// <param name="Points">The points in time order.</param>
/// <param name="Groups">The groups sharing limits, in time order.</param>
/// <param name="VariationIcon">What the latest point says; null when the series is too short to judge.</param>
/// <param name="AssuranceIcon">Whether the target will reliably be met; null when it cannot be said.</param>
/// <param name="Warnings">Reasons to read the judgement with care.</param>
public sealed record SpcResult(
    IReadOnlyList<SpcPoint> Points,
    IReadOnlyList<SpcGroup> Groups,
    SpcVariation? VariationIcon,
    SpcAssurance? AssuranceIcon,
    SpcWarnings Warnings)
{
    /// <summary>The warnings as sentences for a reader.</summary>
    public IReadOnlyList<string> WarningMessages => SpcNames.Describe(Warnings);
}
