namespace Oversight.Domain.Performance.Comparisons;

/// <summary>This year to date against the same months of last year. The year starts in April by default, as the UK financial year does.</summary>
public static class YearToDateComparison
{
    /// <summary>The UK financial year starts in April.</summary>
    public const int FinancialYearStart = 4;

    /// <summary>
    /// Compares the months from the start of the year containing <paramref name="latestMonth"/> up
    /// to and including it, with the same months a year earlier. Null when any month is missing.
    /// </summary>
    public static PeriodComparison? Compare(IEnumerable<MonthlyValue> series, DateOnly latestMonth, int yearStartMonth = FinancialYearStart)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentOutOfRangeException.ThrowIfLessThan(yearStartMonth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(yearStartMonth, 12);
        var byMonth = MonthTotals.Index(series);
        var months = MonthsIntoYear(latestMonth, yearStartMonth);
        var current = MonthTotals.Sum(byMonth, latestMonth, months);
        var previous = MonthTotals.Sum(byMonth, latestMonth.AddYears(-1), months);
        return current is double c && previous is double p ? PeriodComparison.Of(c, p) : null;
    }

    /// <summary>How many months of the year have passed by the end of <paramref name="month"/>: April is 1 and March 12 for a year starting in April.</summary>
    public static int MonthsIntoYear(DateOnly month, int yearStartMonth = FinancialYearStart) =>
        ((month.Month - yearStartMonth + 12) % 12) + 1;
}
