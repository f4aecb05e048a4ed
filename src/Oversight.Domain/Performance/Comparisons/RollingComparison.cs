namespace Oversight.Domain.Performance.Comparisons;

/// <summary>The latest rolling twelve months against the twelve before them, the usual way to compare crime levels while ironing out seasons.</summary>
public static class RollingComparison
{
    /// <summary>
    /// Compares the <paramref name="months"/> months ending with <paramref name="latestMonth"/>
    /// with the <paramref name="months"/> months before them. Null when any of those months is
    /// missing from <paramref name="series"/>.
    /// </summary>
    public static PeriodComparison? Compare(IEnumerable<MonthlyValue> series, DateOnly latestMonth, int months = 12)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        var byMonth = MonthTotals.Index(series);
        var current = MonthTotals.Sum(byMonth, latestMonth, months);
        var previous = MonthTotals.Sum(byMonth, latestMonth.AddMonths(-months), months);
        return current is double c && previous is double p ? PeriodComparison.Of(c, p) : null;
    }
}
