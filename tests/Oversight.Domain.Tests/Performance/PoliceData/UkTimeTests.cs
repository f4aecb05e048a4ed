namespace Oversight.Domain.Tests.Performance.PoliceData;

public class UkTimeTests
{
    [Theory]
    [InlineData("2021-07-31T23:40:00+00:00", "2021-08")] // the real West Yorkshire row: 00:40 BST on 1 August
    [InlineData("2021-01-31T23:40:00+00:00", "2021-01")] // GMT: no shift in winter
    [InlineData("2024-03-31T00:59:00+00:00", "2024-03")] // just before BST starts
    [InlineData("2024-10-27T00:59:00+00:00", "2024-10")] // last minute of BST
    [InlineData("2024-09-30T23:00:00+00:00", "2024-10")] // midnight BST at the month's turn
    public void Month_UtcInstant_IsTheUkMonth(string instant, string expected) =>
        Assert.Equal(expected, UkTime.Month(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));
}
