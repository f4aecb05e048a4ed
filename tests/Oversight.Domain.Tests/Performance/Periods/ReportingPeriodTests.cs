using Oversight.Domain.Performance.Periods;
using Oversight.Domain.Plan;

namespace Oversight.Domain.Tests.Performance.Periods;

public class ReportingPeriodTests
{
    [Theory]
    [InlineData(2024, 4, 1, "2024-25 Q1")]
    [InlineData(2024, 6, 30, "2024-25 Q1")]
    [InlineData(2024, 7, 1, "2024-25 Q2")]
    [InlineData(2024, 12, 31, "2024-25 Q3")]
    [InlineData(2025, 1, 1, "2024-25 Q4")]
    [InlineData(2025, 3, 31, "2024-25 Q4")]
    public void Containing_DayInAQuarter_ReturnsThatFinancialQuarter(int year, int month, int day, string expected)
    {
        var period = ReportingPeriod.Containing(new DateOnly(year, month, day), MeasureFrequency.Quarterly);

        Assert.Equal(expected, period.Text);
    }

    [Theory]
    [InlineData("Q1 2025", MeasureFrequency.Quarterly, "April to June 2025")]
    [InlineData("2024-25 Q4", MeasureFrequency.Quarterly, "January to March 2025")]
    [InlineData("2024-25", MeasureFrequency.Annual, "April 2024 to March 2025")]
    [InlineData("2024-05", MeasureFrequency.Monthly, "May 2024")]
    public void MonthsInWords_APeriodAsTyped_SaysWhichMonthsItCovers(string typed, MeasureFrequency frequency, string expected)
    {
        Assert.Equal(expected, ReportingPeriodParser.Parse(typed, frequency).MonthsInWords);
    }

    [Theory]
    [InlineData(2025, 3, 31, "2024-25")]
    [InlineData(2025, 4, 1, "2025-26")]
    public void Containing_DayAroundTheYearEnd_ReturnsTheFinancialYear(int year, int month, int day, string expected)
    {
        var period = ReportingPeriod.Containing(new DateOnly(year, month, day), MeasureFrequency.Annual);

        Assert.Equal(expected, period.Text);
    }

    [Theory]
    [InlineData(MeasureFrequency.Monthly, "2024-01", "2023-12", "2024-02")]
    [InlineData(MeasureFrequency.Quarterly, "2024-25 Q1", "2023-24 Q4", "2024-25 Q2")]
    [InlineData(MeasureFrequency.Quarterly, "2024-25 Q4", "2024-25 Q3", "2025-26 Q1")]
    [InlineData(MeasureFrequency.Annual, "2024-25", "2023-24", "2025-26")]
    public void PreviousAndNext_StepOnePeriod(MeasureFrequency frequency, string text, string previous, string next)
    {
        var period = ReportingPeriodParser.Parse(text, frequency);

        Assert.Equal(previous, period.Previous().Text);
        Assert.Equal(next, period.Next().Text);
    }

    [Fact]
    public void End_OfFebruaryInALeapYear_IsThe29th()
    {
        Assert.Equal(new DateOnly(2024, 2, 29), ReportingPeriod.Month(2024, 2).End);
    }

    [Fact]
    public void Quarter_OutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Quarter(2024, 5));
    }
}
