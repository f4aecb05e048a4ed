using Oversight.Domain.Accountability;

namespace Oversight.Domain.Tests.Accountability;

public sealed class AgendaNoticeTests
{
    [Theory]
    // Friday 15 January 2027: Friday 8 to Thursday 14 holds five clear working days (8, 11, 12, 13, 14), so Thursday 7.
    [InlineData("2027-01-15", 5, "2027-01-07")]
    // Monday 11 January 2027: clear days Monday 4 to Friday 8; Friday 1 January is a bank holiday, so Thursday 31 December.
    [InlineData("2027-01-11", 5, "2026-12-31")]
    [InlineData("2027-01-15", 0, "2027-01-14")]
    public void PublishOn_LeavesTheClearWorkingDaysBetweenPublicationAndTheMeeting(string meeting, int clearDays, string expected)
    {
        var day = AgendaNotice.PublishOn(DateOnly.Parse(meeting, System.Globalization.CultureInfo.InvariantCulture), clearDays);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), day);
    }
}
