namespace Oversight.Domain.Performance.Themes;

/// <summary>One line of a roll-up policy, read as "when <paramref name="When"/> measures show <paramref name="Signal"/>, suggest <paramref name="Judgement"/>".</summary>
/// <param name="When">How many measures must show the signal.</param>
/// <param name="Signal">The signal to look for.</param>
/// <param name="Judgement">The overall judgement to suggest for the theme, in the office's own words.</param>
/// <param name="Share">For <see cref="Quantifier.AtLeastShare"/>: the share of measures needed, from 0 to 1.</param>
public sealed record RollUpRule(Quantifier When, MeasureSignal Signal, string Judgement, double Share = 0)
{
    /// <summary>Whether the rule applies to a theme where <paramref name="showing"/> of <paramref name="measures"/> measures show the signal.</summary>
    public bool AppliesTo(int showing, int measures) => When switch
    {
        Quantifier.Any => showing > 0,
        Quantifier.All => measures > 0 && showing == measures,
        Quantifier.Majority => showing * 2 > measures,
        _ => measures > 0 && showing >= Share * measures,
    };
}
