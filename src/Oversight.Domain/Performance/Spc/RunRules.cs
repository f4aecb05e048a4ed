namespace Oversight.Domain.Performance.Spc;

/// <summary>The run rules: shifts (points on one side of the mean) and trends (points each strictly beyond the one before).</summary>
internal static class RunRules
{
    /// <summary>
    /// Marks every point of each run of at least <paramref name="length"/> points strictly on one
    /// side of the mean. A point exactly on the mean breaks the run.
    /// </summary>
    public static void MarkShifts(ReadOnlySpan<double> values, double mean, int length, Span<SpcRules> rules)
    {
        var run = 0;
        var side = 0;
        for (var i = 0; i < values.Length; i++)
        {
            var x = values[i];
            var sign = x > mean ? 1 : x < mean ? -1 : 0;
            run = sign != 0 && sign == side ? run + 1 : (sign != 0 ? 1 : 0);
            side = sign;
            if (run >= length)
            {
                Mark(rules, i, run == length ? length : 1, side > 0 ? SpcRules.ShiftAbove : SpcRules.ShiftBelow);
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
        var up = 1;
        var down = 1;
        for (var i = 1; i < values.Length; i++)
        {
            var step = values[i] - values[i - 1];
            up = step > 0 ? up + 1 : 1;
            down = step < 0 ? down + 1 : 1;
            if (up >= length)
            {
                Mark(rules, i, up == length ? length : 1, SpcRules.TrendIncreasing);
            }
            else if (down >= length)
            {
                Mark(rules, i, down == length ? length : 1, SpcRules.TrendDecreasing);
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
