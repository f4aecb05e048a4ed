namespace Oversight.Domain.Performance.Themes;

/// <summary>How many of a theme's measures must show a signal for a roll-up rule to apply. Shares are of all the theme's measures.</summary>
public enum Quantifier
{
    /// <summary>At least one measure.</summary>
    Any,

    /// <summary>Every measure (and the theme has at least one).</summary>
    All,

    /// <summary>More than half of the measures.</summary>
    Majority,

    /// <summary>At least the rule's <see cref="RollUpRule.Share"/> of the measures.</summary>
    AtLeastShare,
}
