namespace Oversight.Core.Performance;

public static class UkCalendar
{
    private static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// Today's date in the UK. Agreements and periods are dated in UK time, so a UTC date would be a day
    /// out for the first hour of each day in summer.
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), UkTime).DateTime);
    }
}
