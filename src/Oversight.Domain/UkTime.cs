namespace Oversight.Domain;

/// <summary>
/// UK civil time from a UTC instant, without depending on the machine's time zone database. police.uk publishes
/// stop-and-search times in UTC, so a search at 00:40 on 1 August (British Summer Time) is dated 31 July 23:40;
/// the month a search belongs to is its month in UK time.
/// </summary>
public static class UkTime
{
    /// <summary>The UK local time of a UTC instant: GMT in winter, BST (UTC+1) from 01:00 UTC on the last Sunday
    /// of March to 01:00 UTC on the last Sunday of October.</summary>
    public static DateTime ToLocal(DateTimeOffset instant)
    {
        var utc = instant.UtcDateTime;
        var start = LastSunday(utc.Year, 3).AddHours(1);
        var end = LastSunday(utc.Year, 10).AddHours(1);
        return utc >= start && utc < end ? utc.AddHours(1) : utc;
    }

    /// <summary>The UK month (YYYY-MM) an instant falls in.</summary>
    public static string Month(DateTimeOffset instant) =>
        ToLocal(instant).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    private static DateTime LastSunday(int year, int month)
    {
        var last = new DateTime(year, month, DateTime.DaysInMonth(year, month), 0, 0, 0, DateTimeKind.Utc);
        return last.AddDays(-(int)last.DayOfWeek);
    }
}
