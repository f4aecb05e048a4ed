using Oversight.Domain.Custody;

namespace Oversight.Domain.Tests.Custody;

public class ChildRemandTests
{
    [Theory]
    [InlineData("2024-07-10T22:30:00+00:00", true)] // 23:30 BST
    [InlineData("2024-07-10T21:59:00+00:00", false)] // 22:59 BST
    [InlineData("2024-01-10T23:01:00+00:00", true)] // 23:01 GMT
    [InlineData("2024-01-10T23:00:00+00:00", false)] // exactly 23:00 is not after it
    public void ChargedLate_UkTime_FlagsAfter2300(string instant, bool expected) =>
        Assert.Equal(expected, ChildRemand.ChargedLate(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void HoursInCell_OvernightStay_CountsTheHours() =>
        Assert.Equal(10.5, ChildRemand.HoursInCell(new DateTimeOffset(2024, 1, 10, 23, 30, 0, TimeSpan.Zero), new DateTimeOffset(2024, 1, 11, 10, 0, 0, TimeSpan.Zero)));
}
