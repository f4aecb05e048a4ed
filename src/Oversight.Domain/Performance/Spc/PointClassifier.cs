namespace Oversight.Domain.Performance.Spc;

/// <summary>Turns the rules a point is part of into one category, using the improvement direction and the profile's conflict rule.</summary>
internal static class PointClassifier
{
    private const SpcRules High = SpcRules.OutsideUpper | SpcRules.TrendIncreasing | SpcRules.TwoInThreeAbove | SpcRules.ShiftAbove;
    private const SpcRules Low = SpcRules.OutsideLower | SpcRules.TrendDecreasing | SpcRules.TwoInThreeBelow | SpcRules.ShiftBelow;

    public static void Classify(ReadOnlySpan<double> values, ReadOnlySpan<SpcRules> rules, ConflictRule conflicts, ImprovementDirection improvement, Span<SpcVariation> result)
    {
        for (var i = 0; i < rules.Length; i++)
        {
            var r = rules[i];
            result[i] = r == SpcRules.None
                ? SpcVariation.CommonCause
                : Categorise(IsHigh(values, i, r, conflicts, improvement), improvement);
        }
    }

    /// <summary>Whether the point's rules include both a high-side and a low-side pattern.</summary>
    public static bool IsConflict(SpcRules rules) => (rules & High) != 0 && (rules & Low) != 0;

    private static bool IsHigh(ReadOnlySpan<double> values, int i, SpcRules r, ConflictRule conflicts, ImprovementDirection improvement)
    {
        var high = (r & High) != 0;
        var low = (r & Low) != 0;
        if (high != low)
        {
            return high;
        }

        return conflicts switch
        {
            ConflictRule.Precedence => IsHighByPrecedence(values, i, r),
            // Neither direction is better: the MDC icon checks the high side first.
            _ when improvement == ImprovementDirection.Neutral => true,
            ConflictRule.ImprovementWins => improvement == ImprovementDirection.Increase,
            _ => improvement == ImprovementDirection.Decrease,
        };
    }

    // NHSRplotthedots' single label: outside limits, then trend, then two-in-three, then shift.
    private static bool IsHighByPrecedence(ReadOnlySpan<double> values, int i, SpcRules r)
    {
        if ((r & (SpcRules.OutsideUpper | SpcRules.OutsideLower)) != 0)
        {
            return (r & SpcRules.OutsideUpper) != 0;
        }

        const SpcRules bothTrends = SpcRules.TrendIncreasing | SpcRules.TrendDecreasing;
        if ((r & bothTrends) == bothTrends)
        {
            // A turning point shared by two trends goes with the trend that follows it.
            return values[i + 1] > values[i];
        }

        if ((r & bothTrends) != 0)
        {
            return (r & SpcRules.TrendIncreasing) != 0;
        }

        return (r & (SpcRules.TwoInThreeAbove | SpcRules.TwoInThreeBelow)) != 0
            ? (r & SpcRules.TwoInThreeAbove) != 0
            : (r & SpcRules.ShiftAbove) != 0;
    }

    private static SpcVariation Categorise(bool high, ImprovementDirection improvement) => improvement switch
    {
        ImprovementDirection.Increase => high ? SpcVariation.ImprovementHigh : SpcVariation.ConcernLow,
        ImprovementDirection.Decrease => high ? SpcVariation.ConcernHigh : SpcVariation.ImprovementLow,
        _ => high ? SpcVariation.NeitherHigh : SpcVariation.NeitherLow,
    };
}
