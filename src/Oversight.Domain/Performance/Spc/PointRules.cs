namespace Oversight.Domain.Performance.Spc;

/// <summary>The rules that compare points with the limits: single points outside them, and two in three near them.</summary>
internal static class PointRules
{
    // Bits of a point's code for the two-in-three rule.
    private const int Above = 1;
    private const int Below = 2;
    private const int NearAbove = 4;
    private const int NearBelow = 8;

    /// <summary>Marks points strictly above the upper or strictly below the lower process limit; a point on a limit is not flagged.</summary>
    public static void MarkOutside(ReadOnlySpan<double> values, in SpcGroupLimits limits, Span<SpcRules> rules)
    {
        var upper = limits.Upper;
        var lower = limits.Lower;
        for (var i = 0; i < values.Length; i++)
        {
            var x = values[i];
            rules[i] |= (SpcRules)((x > upper ? 1 : 0) | ((x < lower ? 1 : 0) << 1));
        }
    }

    /// <summary>
    /// Marks the near points of every window of three consecutive points that all lie strictly on
    /// one side of the mean and of which at least two are near the limit on that side: strictly
    /// beyond the two-sigma line and, unless <paramref name="countBeyondLimits"/>, not beyond the
    /// process limit. The third point of a window is not marked for the window's sake.
    /// </summary>
    public static void MarkTwoInThree(ReadOnlySpan<double> values, in SpcGroupLimits limits, bool countBeyondLimits, Span<SpcRules> rules)
    {
        var upperNear = limits.UpperTwoSigma;
        var lowerNear = limits.LowerTwoSigma;
        var upper = countBeyondLimits ? double.PositiveInfinity : limits.Upper;
        var lower = countBeyondLimits ? double.NegativeInfinity : limits.Lower;
        var mean = limits.Mean;
        // Codes of the previous two points slide along with the window.
        int older = 0, old = 0;
        for (var i = 0; i < values.Length; i++)
        {
            var x = values[i];
            var code = (x > mean ? Above : 0) | (x < mean ? Below : 0)
                | (x > upperNear && x <= upper ? NearAbove : 0) | (x < lowerNear && x >= lower ? NearBelow : 0);
            if (i >= 2)
            {
                MarkWindow(older, old, code, rules.Slice(i - 2, 3));
            }

            (older, old) = (old, code);
        }
    }

    private static void MarkWindow(int a, int b, int c, Span<SpcRules> rules)
    {
        var all = a & b & c;
        // At least two of three share the near bit when the pairwise ANDs are not all clear.
        var twoNear = (a & b) | (a & c) | (b & c);
        if ((all & Above) != 0 && (twoNear & NearAbove) != 0)
        {
            Mark(a, b, c, NearAbove, SpcRules.TwoInThreeAbove, rules);
        }
        else if ((all & Below) != 0 && (twoNear & NearBelow) != 0)
        {
            Mark(a, b, c, NearBelow, SpcRules.TwoInThreeBelow, rules);
        }
    }

    private static void Mark(int a, int b, int c, int near, SpcRules rule, Span<SpcRules> rules)
    {
        rules[0] |= (a & near) != 0 ? rule : SpcRules.None;
        rules[1] |= (b & near) != 0 ? rule : SpcRules.None;
        rules[2] |= (c & near) != 0 ? rule : SpcRules.None;
    }
}
