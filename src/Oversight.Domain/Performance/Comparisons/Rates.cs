namespace Oversight.Domain.Performance.Comparisons;

/// <summary>Counts expressed per head of population, so areas of different size can be compared.</summary>
public static class Rates
{
    /// <summary>The rate per 1,000 population, the usual basis for crime rates.</summary>
    public static double PerThousand(double count, double population) => Per(count, population, 1_000);

    /// <summary>The rate per <paramref name="per"/> population. The population must be positive.</summary>
    public static double Per(double count, double population, double per)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(population);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(per);
        return count / population * per;
    }
}
