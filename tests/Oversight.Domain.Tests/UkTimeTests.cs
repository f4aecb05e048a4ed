using System.Globalization;
using Microsoft.Extensions.Time.Testing;

namespace Oversight.Domain.Tests;

public class UkTimeTests
{
    [Theory]
    [InlineData("2021-07-31T23:40:00+00:00", "2021-08")] // the real West Yorkshire row: 00:40 BST on 1 August
    [InlineData("2021-01-31T23:40:00+00:00", "2021-01")] // GMT: no shift in winter
    [InlineData("2024-03-31T00:59:00+00:00", "2024-03")] // just before BST starts
    [InlineData("2024-10-27T00:59:00+00:00", "2024-10")] // last minute of BST
    [InlineData("2024-09-30T23:00:00+00:00", "2024-10")] // midnight BST at the month's turn
    public void Month_UtcInstant_IsTheUkMonth(string instant, string expected) =>
        Assert.Equal(expected, UkTime.Month(Instant(instant)));

    [Theory]
    [InlineData("2024-07-31T23:30:00+00:00", "2024-08-01")] // 00:30 BST
    [InlineData("2024-07-31T22:59:00+00:00", "2024-07-31")] // 23:59 BST
    [InlineData("2024-12-31T23:30:00+00:00", "2024-12-31")] // GMT
    public void Today_IsTheDateInTheUk(string now, string expected)
    {
        var clock = new FakeTimeProvider(Instant(now));

        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), UkTime.Today(clock));
    }

    [Theory]
    [InlineData("2024-03-31", "00:30", "2024-03-31T00:30:00+00:00")] // GMT, before the clocks go forward
    [InlineData("2024-03-31", "02:30", "2024-03-31T01:30:00+00:00")] // BST, after
    [InlineData("2024-03-31", "01:30", "2024-03-31T01:30:00+00:00")] // never shown on a UK clock: read as GMT
    [InlineData("2024-10-27", "00:30", "2024-10-26T23:30:00+00:00")] // BST, before the clocks go back
    [InlineData("2024-10-27", "01:30", "2024-10-27T01:30:00+00:00")] // shown twice: read as GMT, the second time
    [InlineData("2024-10-27", "02:00", "2024-10-27T02:00:00+00:00")] // GMT, after
    public void ToInstant_AcrossTheClockChanges(string day, string time, string expected)
    {
        var instant = UkTime.ToInstant(DateOnly.Parse(day, CultureInfo.InvariantCulture), TimeOnly.Parse(time, CultureInfo.InvariantCulture));

        Assert.Equal(Instant(expected), instant);
        Assert.Equal(TimeSpan.Zero, instant.Offset);
    }

    [Theory]
    [InlineData("2024-07-31T23:30:00+00:00", "2024-08-01T00:30:00")]
    [InlineData("2024-12-31T23:30:00+00:00", "2024-12-31T23:30:00")]
    public void ToLocalAndDateOf_GiveTheUkWallClock(string instant, string expected)
    {
        var local = DateTime.Parse(expected, CultureInfo.InvariantCulture);

        Assert.Equal(local, UkTime.ToLocal(Instant(instant)));
        Assert.Equal(DateOnly.FromDateTime(local), UkTime.DateOf(Instant(instant)));
    }

    [Fact]
    public void ToLocal_ChangesAtTheHoursThatMonthAssumes()
    {
        // Month applies the rule by hand; the time zone database must agree with it for every year the office works in.
        for (var year = 1996; year <= 2100; year++)
        {
            foreach (var (month, before, after) in new[] { (3, 0, 1), (10, 1, 0) })
            {
                var last = new DateTime(year, month, DateTime.DaysInMonth(year, month), 1, 0, 0, DateTimeKind.Utc);
                var change = new DateTimeOffset(last.AddDays(-(int)last.DayOfWeek));
                Assert.Equal(TimeSpan.FromHours(before), UkTime.ToLocal(change.AddTicks(-1)) - change.AddTicks(-1).UtcDateTime);
                Assert.Equal(TimeSpan.FromHours(after), UkTime.ToLocal(change) - change.UtcDateTime);
            }
        }
    }

    private static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
