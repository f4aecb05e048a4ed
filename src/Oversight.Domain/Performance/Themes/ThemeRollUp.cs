namespace Oversight.Domain.Performance.Themes;

/// <summary>Suggests a theme's overall judgement from its measures' icons under a configurable policy.</summary>
public static class ThemeRollUp
{
    /// <summary>Applies the policy's rules in order to the measures' icons and returns the first that applies, or the fallback.</summary>
    public static RollUpSuggestion Suggest(IReadOnlyCollection<MeasureIcons> measures, RollUpPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(measures);
        ArgumentNullException.ThrowIfNull(policy);
        foreach (var rule in policy.Rules)
        {
            var showing = measures.Count(m => m.Shows(rule.Signal));
            if (rule.AppliesTo(showing, measures.Count))
            {
                return new RollUpSuggestion(rule.Judgement, rule, measures.Count, showing);
            }
        }

        return new RollUpSuggestion(policy.Otherwise, null, measures.Count, 0);
    }
}
