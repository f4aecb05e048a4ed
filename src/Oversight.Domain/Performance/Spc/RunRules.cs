namespace Oversight.Domain.Performance.Spc;

/// <summary>
/// The run rules: shifts (points on one side of the mean) and trends (points each strictly beyond
/// the one before). Run counters are updated without branches, because on real data the side of
/// the mean and the direction of each step are close to coin tosses and mispredict badly.
/// </summary>
internal static class RunRules
{
    /// <summary>
    /// Marks every point of each run of at least <paramref name="length"/> points strictly on one
    /// side of the mean. A point exactly on the mean breaks the run.
    /// </summary>
    public static void MarkShifts(ReadOnlySpan<double> values, double mean, int length, Span<SpcRules> rules)
    {
        var above = 0;
        var below = 0;
        for (var i = 0; i < values.Length; i++)
        {
            var x = values[i];
            above = (above + 1) * (x > mean ? 1 : 0);
            below = (below + 1) * (x < mean ? 1 : 0);
            if (above >= length || below >= length)
            {
                var run = Math.Max(above, below);
                Mark(rules, i, run == length ? length : 1, above > 0 ? SpcRules.ShiftAbove : SpcRules.ShiftBelow);
            }
        }
    }

    /// <summary>
    /// Marks every point of each run of at least <paramref name="length"/> points, end points
    /// included, where each is strictly higher (or lower) than the one before. Equal neighbours
    /// break a trend; a rising and a falling run can share their turning point.
    /// </summary>
    public static void MarkTrends(ReadOnlySpan<double> values, int length, Span<SpcRules> rules)
    {
        // Counts points in the current rising and falling runs; a point starts both.
        var up = 1;
        var down = 1;
        for (var i = 1; i < values.Length; i++)
        {
            var step = values[i] - values[i - 1];
            up = (up * (step > 0 ? 1 : 0)) + 1;
            down = (down * (step < 0 ? 1 : 0)) + 1;
            if (up >= length || down >= length)
            {
                var run = Math.Max(up, down);
                Mark(rules, i, run == length ? length : 1, up > 1 ? SpcRules.TrendIncreasing : SpcRules.TrendDecreasing);
            }
        }
    }

    // Marks the `count` points ending at `last`: the whole run when it first reaches the length, then one point at a time.
    private static void Mark(Span<SpcRules> rules, int last, int count, SpcRules rule)
    {
        for (var j = last - count + 1; j <= last; j++)
        {
            rules[j] |= rule;
        }
    }
}
