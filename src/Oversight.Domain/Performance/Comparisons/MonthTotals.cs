namespace Oversight.Domain.Performance.Comparisons;

/// <summary>Adds up a run of consecutive months, insisting every month is there: a missing month would silently understate the total.</summary>
internal static class MonthTotals
{
    public static Dictionary<int, double> Index(IEnumerable<MonthlyValue> series)
    {
        var byMonth = new Dictionary<int, double>();
        foreach (var m in series)
        {
            if (!byMonth.TryAdd(Key(m.Month), m.Value))
            {
                throw new ArgumentException($"Month {m.Month:yyyy-MM} appears more than once.", nameof(series));
            }
        }

        return byMonth;
    }

    /// <summary>The total of <paramref name="count"/> months ending with <paramref name="last"/>, or null if any is missing.</summary>
    public static double? Sum(Dictionary<int, double> byMonth, DateOnly last, int count)
    {
        var total = 0.0;
        var key = Key(last);
        for (var i = 0; i < count; i++)
        {
            if (!byMonth.TryGetValue(key - i, out var value))
            {
                return null;
            }

            total += value;
        }

        return total;
    }

    // Months since year 0, so consecutive months have consecutive keys.
    public static int Key(DateOnly month) => (month.Year * 12) + month.Month - 1;
}
