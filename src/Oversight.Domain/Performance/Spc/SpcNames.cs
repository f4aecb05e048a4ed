namespace Oversight.Domain.Performance.Spc;

/// <summary>The snake_case names the office's outputs (and the reference fixtures) use for judgements, and plain sentences for warnings.</summary>
public static class SpcNames
{
    private static readonly (SpcRules Rule, string Name)[] RuleNames =
    [
        (SpcRules.OutsideUpper, "outside_upper"),
        (SpcRules.OutsideLower, "outside_lower"),
        (SpcRules.TrendIncreasing, "trend_increasing"),
        (SpcRules.TrendDecreasing, "trend_decreasing"),
        (SpcRules.TwoInThreeAbove, "two_in_three_above"),
        (SpcRules.TwoInThreeBelow, "two_in_three_below"),
        (SpcRules.ShiftAbove, "shift_above"),
        (SpcRules.ShiftBelow, "shift_below"),
    ];

    private static readonly (SpcWarnings Warning, string Text)[] WarningTexts =
    [
        (SpcWarnings.ShortGroup, "Some groups have too few points; their limits are trial limits and may change as points are added."),
        (SpcWarnings.TooFewPoints, "Too few points for process limits: shown as a run chart, with no signals or icons."),
        (SpcWarnings.UndefinedLimits, "Some groups have no process limits (a single point, or no usable moving range), so their points give no signal."),
        (SpcWarnings.BaselineHasSpecialCause, "The baseline the limits are fixed from includes special-cause variation."),
        (SpcWarnings.RebaseWithinBaseline, "A rebase falls within the baseline and was ignored."),
        (SpcWarnings.LastPointConflict, "The latest point is part of both improvement and concern patterns; the icon shows only the one the profile's conflict rule picks."),
        (SpcWarnings.TargetIgnored, "A target was given for a measure with no better direction, so there is no assurance icon."),
    ];

    /// <summary>The names of every rule in <paramref name="rules"/>, in a fixed order.</summary>
    public static IReadOnlyList<string> Of(SpcRules rules) =>
        [.. RuleNames.Where(r => (rules & r.Rule) != 0).Select(r => r.Name)];

    /// <summary>The variation icon's name, e.g. <c>special_cause_concern_low</c>.</summary>
    public static string Of(SpcVariation variation) => variation switch
    {
        SpcVariation.CommonCause => "common_cause",
        SpcVariation.ImprovementHigh => "special_cause_improvement_high",
        SpcVariation.ImprovementLow => "special_cause_improvement_low",
        SpcVariation.ConcernHigh => "special_cause_concern_high",
        SpcVariation.ConcernLow => "special_cause_concern_low",
        SpcVariation.NeitherHigh => "special_cause_neither_high",
        _ => "special_cause_neither_low",
    };

    /// <summary>The assurance icon's name, e.g. <c>hit_and_miss</c>.</summary>
    public static string Of(SpcAssurance assurance) => assurance switch
    {
        SpcAssurance.ConsistentlyPass => "consistently_pass",
        SpcAssurance.ConsistentlyFail => "consistently_fail",
        _ => "hit_and_miss",
    };

    /// <summary>The point colour's name: none, improvement, concern or neither.</summary>
    public static string Of(SpecialCause cause) => cause switch
    {
        SpecialCause.Improvement => "improvement",
        SpecialCause.Concern => "concern",
        SpecialCause.Neither => "neither",
        _ => "none",
    };

    /// <summary>One sentence for each warning in <paramref name="warnings"/>.</summary>
    public static IReadOnlyList<string> Describe(SpcWarnings warnings) =>
        [.. WarningTexts.Where(w => (warnings & w.Warning) != 0).Select(w => w.Text)];
}
