namespace Oversight.Domain.Performance.Themes;

/// <summary>
/// How a theme's overall judgement is suggested from its measures' icons: the first rule that
/// applies wins, otherwise <paramref name="Otherwise"/>. Kept as data so the office can set and
/// change its own policy (it serialises to and from JSON as it stands).
/// </summary>
/// <param name="Rules">The rules, most important first.</param>
/// <param name="Otherwise">The judgement when no rule applies.</param>
public sealed record RollUpPolicy(IReadOnlyList<RollUpRule> Rules, string Otherwise)
{
    /// <summary>The starting policy: a theme with no measure judged has not enough data, any concern makes the theme a concern, a majority improving makes it improving, otherwise it is stable.</summary>
    public static RollUpPolicy Default { get; } = new(
        [
            // A theme none of whose measures can be judged is unknown, not stable.
            new RollUpRule(Quantifier.All, MeasureSignal.NotJudged, "Not enough data"),
            new RollUpRule(Quantifier.Any, MeasureSignal.Concern, "Concern"),
            new RollUpRule(Quantifier.Majority, MeasureSignal.Improvement, "Improving"),
        ],
        "Stable");
}
