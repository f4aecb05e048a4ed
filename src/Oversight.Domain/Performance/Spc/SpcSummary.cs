namespace Oversight.Domain.Performance.Spc;

/// <summary>The chart-level judgement: the two icons shown beside a measure, and any warnings.</summary>
/// <param name="VariationIcon">What the latest point says about the process; null when the series is too short to judge.</param>
/// <param name="AssuranceIcon">Whether the target will reliably be met; null without a target, for a measure with no better direction, or when the limits are undefined.</param>
/// <param name="Warnings">Reasons to read the judgement with care.</param>
public readonly record struct SpcSummary(SpcVariation? VariationIcon, SpcAssurance? AssuranceIcon, SpcWarnings Warnings);
