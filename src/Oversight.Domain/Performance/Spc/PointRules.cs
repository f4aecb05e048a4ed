namespace Oversight.Domain.Performance.Spc;

/// <summary>The rules that compare points with the limits: single points outside them, and two in three near them.</summary>
internal static class PointRules
{
    /// <summary>Marks points strictly above the upper or strictly below the lower process limit; a point on a limit is not flagged.</summary>
    public static void MarkOutside(ReadOnlySpan<double> values, in SpcGroupLimits limits, Span<SpcRules> rules)
    {
        var upper = limits.Upper;
        var lower = limits.Lower;
        for (var i = 0; i < values.Length; i++)
        {
            var x = values[i];
            rules[i] |= x > upper ? SpcRules.OutsideUpper : x < lower ? SpcRules.OutsideLower : SpcRules.None;
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
        for (var j = 0; j + 2 < values.Length; j++)
        {
            var (a, b, c) = (values[j], values[j + 1], values[j + 2]);
            if (a > mean && b > mean && c > mean)
            {
                MarkWindow(rules.Slice(j, 3), IsIn(a, upperNear, upper), IsIn(b, upperNear, upper), IsIn(c, upperNear, upper), SpcRules.TwoInThreeAbove);
            }
            else if (a < mean && b < mean && c < mean)
            {
                // Mirror the values so "near the lower limit" reads as the same half-open test.
                MarkWindow(rules.Slice(j, 3), IsIn(-a, -lowerNear, -lower), IsIn(-b, -lowerNear, -lower), IsIn(-c, -lowerNear, -lower), SpcRules.TwoInThreeBelow);
            }
        }
    }

    // Strictly beyond the two-sigma line, and not strictly beyond the process limit.
    private static bool IsIn(double x, double nearLine, double limit) => x > nearLine && x <= limit;

    private static void MarkWindow(Span<SpcRules> rules, bool a, bool b, bool c, SpcRules rule)
    {
        if ((a ? 1 : 0) + (b ? 1 : 0) + (c ? 1 : 0) < 2)
        {
            return;
        }

        rules[0] |= a ? rule : SpcRules.None;
        rules[1] |= b ? rule : SpcRules.None;
        rules[2] |= c ? rule : SpcRules.None;
    }
}
