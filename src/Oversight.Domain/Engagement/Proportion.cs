namespace Oversight.Domain.Engagement;

/// <summary>
/// A share of respondents with its Wilson score interval (Wilson 1927), which, unlike the simple
/// p ± 1.96·√(p(1−p)/n), stays inside 0–1 and keeps close to its nominal coverage for small bases and
/// shares near 0 or 1 (Newcombe 1998, method 3).
/// </summary>
/// <param name="Count">Respondents giving the answer.</param>
/// <param name="Base">Respondents who answered the question.</param>
/// <param name="Value">Count ÷ base; 0 when the base is 0.</param>
/// <param name="Lower">Lower limit of the interval.</param>
/// <param name="Upper">Upper limit of the interval.</param>
public sealed record Proportion(int Count, int Base, double Value, double Lower, double Upper)
{
    /// <summary>The share <paramref name="count"/> of <paramref name="total"/> with its Wilson interval.</summary>
    public static Proportion Of(int count, int total, double confidence = 0.95)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, total);
        if (total == 0)
        {
            return new Proportion(0, 0, 0, 0, 1);
        }

        var (lower, upper) = Wilson(count, total, confidence);
        return new Proportion(count, total, (double)count / total, lower, upper);
    }

    /// <summary>The Wilson score interval for <paramref name="count"/> successes in <paramref name="total"/> trials.</summary>
    public static (double Lower, double Upper) Wilson(int count, int total, double confidence = 0.95)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(total);
        var z = Normal.Quantile(1 - ((1 - confidence) / 2));
        var n = (double)total;
        var p = count / n;
        var z2 = z * z;
        var centre = p + (z2 / (2 * n));
        var spread = z * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n)));
        var denominator = 1 + (z2 / n);
        // The exact ends: no rounding may put 0 of n above 0 or n of n below 1.
        var lower = count == 0 ? 0 : (centre - spread) / denominator;
        var upper = count == total ? 1 : (centre + spread) / denominator;
        return (lower, upper);
    }
}
