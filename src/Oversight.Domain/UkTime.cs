using System.Globalization;

namespace Oversight.Domain;

/// <summary>
/// UK civil time: GMT in winter, British Summer Time (UTC+1) in summer. The office dates and times everything in UK
/// time, so a UTC date would be a day out for the first hour of each summer day. Conversions use the time zone
/// database's Europe/London, except <see cref="Month"/>, which applies the summer-time rule by hand.
/// </summary>
public static class UkTime
{
    /// <summary>Today's date in the UK.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOf(clock.GetUtcNow());
    }

    /// <summary>The UK date of an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant));

    /// <summary>The instant of a UK wall-clock date and time, as people in the office write them down. A time the
    /// clocks skip in March or show twice in October (01:30 on those Sundays) is read as GMT.</summary>
    public static DateTimeOffset ToInstant(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time);
        return new DateTimeOffset(local, London.Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The UK wall-clock date and time of an instant.</summary>
    public static DateTime ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, London.Zone).DateTime;

    /// <summary>
    /// The UK month (YYYY-MM) an instant falls in. police.uk publishes stop-and-search times in UTC, so a search at
    /// 00:40 on 1 August (BST) is dated 31 July 23:40 and belongs to August. This applies the rule by hand, on
    /// purpose, so that police.uk imports do not depend on the machine's time zone database: BST from 01:00 UTC on
    /// the last Sunday of March to 01:00 UTC on the last Sunday of October (the database agrees from 1996 on).
    /// </summary>
    public static string Month(DateTimeOffset instant)
    {
        var utc = instant.UtcDateTime;
        var start = LastSunday(utc.Year, 3).AddHours(1);
        var end = LastSunday(utc.Year, 10).AddHours(1);
        var local = utc >= start && utc < end ? utc.AddHours(1) : utc;
        return local.ToString("yyyy-MM", CultureInfo.InvariantCulture);
    }

    private static DateTime LastSunday(int year, int month)
    {
        var last = new DateTime(year, month, DateTime.DaysInMonth(year, month), 0, 0, 0, DateTimeKind.Utc);
        return last.AddDays(-(int)last.DayOfWeek);
    }

    // Looked up on first use, so that Month works on a machine without the time zone database.
    private static class London
    {
        internal static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    }
}
