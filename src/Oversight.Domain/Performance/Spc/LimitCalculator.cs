namespace Oversight.Domain.Performance.Spc;

/// <summary>Works out the mean, average moving range and process limits from the points chosen for the limits.</summary>
internal static class LimitCalculator
{
    public static SpcGroupLimits Compute(ReadOnlySpan<double> values, bool screen, ScreeningStyle style, SpcGroupLimits group)
    {
        var n = values.Length;
        var sum = 0.0;
        var rangeSum = 0.0;
        for (var i = 0; i < n; i++)
        {
            sum += values[i];
            if (i > 0)
            {
                rangeSum += Math.Abs(values[i] - values[i - 1]);
            }
        }

        var mean = sum / n;
        // One point has no moving range, so no limits (NaN, reported as null).
        var rangeMean = n > 1 ? rangeSum / (n - 1) : double.NaN;
        var used = rangeMean;
        var excluded = 0;
        if (screen && n > 1)
        {
            (used, excluded, mean) = Screen(values, rangeMean, style, mean);
        }

        return group with
        {
            Mean = mean,
            MovingRangeMean = rangeMean,
            MovingRangeMeanUsed = used,
            ExcludedMovingRanges = excluded,
            Lower = mean - (SpcConstants.LimitFactor * used),
            Upper = mean + (SpcConstants.LimitFactor * used),
            LowerTwoSigma = mean - (SpcConstants.TwoSigmaFactor * used),
            UpperTwoSigma = mean + (SpcConstants.TwoSigmaFactor * used),
        };
    }

    private static (double Used, int Excluded, double Mean) Screen(ReadOnlySpan<double> values, double rangeMean, ScreeningStyle style, double mean)
    {
        var cutOff = SpcConstants.MovingRangeCutOff * rangeMean;
        var inclusive = style == ScreeningStyle.KeepUpToCutOffAndRecomputeMean;
        var keptSum = 0.0;
        var kept = 0;
        // MDC also drops from the mean each point whose moving range (to the point before) was dropped.
        var keptValueSum = values[0];
        var keptValues = 1;
        for (var i = 1; i < values.Length; i++)
        {
            var range = Math.Abs(values[i] - values[i - 1]);
            if (inclusive ? range <= cutOff : range < cutOff)
            {
                keptSum += range;
                kept++;
                keptValueSum += values[i];
                keptValues++;
            }
        }

        // Every range dropped (a flat series under the strict rule) leaves the limits undefined.
        var used = kept > 0 ? keptSum / kept : double.NaN;
        var newMean = inclusive ? keptValueSum / keptValues : mean;
        return (used, values.Length - 1 - kept, newMean);
    }
}
