namespace Oversight.Domain.Performance.Themes;

/// <summary>A suggested overall judgement for a theme, with the reason, for a person to confirm or override.</summary>
/// <param name="Judgement">The suggested judgement.</param>
/// <param name="Rule">The rule that gave it; null when no rule applied and the policy's fallback was used.</param>
/// <param name="Measures">How many measures the theme has.</param>
/// <param name="Showing">How many of them showed the rule's signal (0 for the fallback).</param>
public sealed record RollUpSuggestion(string Judgement, RollUpRule? Rule, int Measures, int Showing);
