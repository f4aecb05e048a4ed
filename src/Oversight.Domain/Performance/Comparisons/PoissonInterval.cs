namespace Oversight.Domain.Performance.Comparisons;

/// <summary>
/// Exact (Garwood) confidence limits for a Poisson count: the limits are chi-square quantiles,
/// lower = χ²(α/2; 2k)/2 and upper = χ²(1−α/2; 2k+2)/2, worked out through the inverse
/// regularised gamma function rather than Byar's approximation, so small counts are right too.
/// </summary>
public static class PoissonInterval
{
    /// <summary>The exact confidence interval for the expected count, having observed <paramref name="count"/> events.</summary>
    public static (double Lower, double Upper) Exact(long count, double confidence = 0.95)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (confidence is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "The confidence level must lie strictly between 0 and 1.");
        }

        var alpha = 1 - confidence;
        var lower = count == 0 ? 0 : Gamma.InverseRegularizedLower(count, alpha / 2);
        var upper = Gamma.InverseRegularizedLower(count + 1, 1 - (alpha / 2));
        return (lower, upper);
    }
}
