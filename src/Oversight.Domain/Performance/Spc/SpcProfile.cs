namespace Oversight.Domain.Performance.Spc;

/// <summary>
/// A named set of conventions for judging an XmR chart. The two published conventions differ in
/// run lengths, screening, conflicts, assurance and minimum points (see METHOD.md §10), so each is
/// kept as data rather than as code paths; a variation is made with a <c>with</c> expression.
/// </summary>
public sealed record SpcProfile
{
    /// <summary>The profile's name as the office and the CLI refer to it.</summary>
    public required string Name { get; init; }

    /// <summary>How many consecutive points on one side of the mean make a shift.</summary>
    public required int ShiftLength { get; init; }

    /// <summary>How many consecutive strictly rising (or falling) points, end points included, make a trend.</summary>
    public required int TrendLength { get; init; }

    /// <summary>Whether large moving ranges are kept out of the limits unless the caller says otherwise.</summary>
    public required bool ScreenOutliersByDefault { get; init; }

    /// <summary>How screening works when it is on.</summary>
    public required ScreeningStyle Screening { get; init; }

    /// <summary>
    /// Whether a point beyond a process limit also counts as "near the limit" for the two-in-three
    /// rule (MDC SQL v2.6) or not (NHSRplotthedots and the earlier MDC rule).
    /// </summary>
    public required bool TwoInThreeCountsPointsBeyondLimits { get; init; }

    /// <summary>What a point that is both good and bad news shows.</summary>
    public required ConflictRule Conflicts { get; init; }

    /// <summary>Whether a target exactly on a process limit counts as consistently passing or failing (true) or as hit and miss (false).</summary>
    public required bool InclusiveAssurance { get; init; }

    /// <summary>Fewest points in the whole series before any limits, signals or icons are given; shorter series get only a mean.</summary>
    public required int MinimumPoints { get; init; }

    /// <summary>A group (or partition) with fewer points than this gets a warning that its limits are only trial limits.</summary>
    public required int ShortGroupThreshold { get; init; }

    /// <summary>Whether trends run across rebases and the baseline end (MDC SQL) or stop at them (NHSRplotthedots).</summary>
    public required bool TrendsCrossGroups { get; init; }

    /// <summary>
    /// Whether "fix after N points" sets one baseline of the series' first N points (MDC SQL), or
    /// fixes the limits of every rebase group from that group's own first N points (NHSRplotthedots).
    /// </summary>
    public required bool FixAfterIsSingleBaseline { get; init; }

    /// <summary>The smallest number of points limits may be fixed after.</summary>
    public required int MinimumFixAfter { get; init; }

    /// <summary>NHS England's Making Data Count SQL v2.6 (the office's default).</summary>
    public static SpcProfile Mdc { get; } = new()
    {
        Name = "mdc",
        ShiftLength = 6,
        TrendLength = 6,
        ScreenOutliersByDefault = false,
        Screening = ScreeningStyle.KeepUpToCutOffAndRecomputeMean,
        TwoInThreeCountsPointsBeyondLimits = true,
        Conflicts = ConflictRule.ImprovementWins,
        InclusiveAssurance = true,
        MinimumPoints = 13,
        ShortGroupThreshold = 12,
        TrendsCrossGroups = true,
        FixAfterIsSingleBaseline = true,
        MinimumFixAfter = 1,
    };

    /// <summary>The R package NHSRplotthedots 0.2.2 with its default options.</summary>
    public static SpcProfile NhsrPlotTheDots { get; } = new()
    {
        Name = "nhsrplotthedots",
        ShiftLength = 7,
        TrendLength = 7,
        ScreenOutliersByDefault = true,
        Screening = ScreeningStyle.KeepBelowCutOff,
        TwoInThreeCountsPointsBeyondLimits = false,
        Conflicts = ConflictRule.Precedence,
        InclusiveAssurance = false,
        MinimumPoints = 1,
        ShortGroupThreshold = 13,
        TrendsCrossGroups = false,
        FixAfterIsSingleBaseline = false,
        MinimumFixAfter = 12,
    };

    /// <summary>Finds a built-in profile by name, ignoring case; null when there is none.</summary>
    public static SpcProfile? FromName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (string.Equals(name, Mdc.Name, StringComparison.OrdinalIgnoreCase))
        {
            return Mdc;
        }

        return string.Equals(name, NhsrPlotTheDots.Name, StringComparison.OrdinalIgnoreCase) ? NhsrPlotTheDots : null;
    }
}
