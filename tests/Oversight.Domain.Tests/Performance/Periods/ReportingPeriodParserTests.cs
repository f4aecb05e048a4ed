using Oversight.Domain.Performance.Periods;
using Oversight.Domain.Plan;

namespace Oversight.Domain.Tests.Performance.Periods;

public class ReportingPeriodParserTests
{
    [Theory]
    [InlineData("2024-05", "2024-05", "2024-05-01")]
    [InlineData(" 2024-12 ", "2024-12", "2024-12-01")]
    [InlineData("1999-01", "1999-01", "1999-01-01")]
    public void Parse_Month_ReturnsCanonicalTextAndFirstDay(string text, string canonical, string start)
    {
        var period = ReportingPeriodParser.Parse(text, MeasureFrequency.Monthly);

        Assert.Equal(canonical, period.Text);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), period.Start);
    }

    [Theory]
    [InlineData("2024-25 Q1", "2024-25 Q1", "2024-04-01", "2024-06-30")]
    [InlineData("2024-25 Q2", "2024-25 Q2", "2024-07-01", "2024-09-30")]
    [InlineData("2024-25 Q3", "2024-25 Q3", "2024-10-01", "2024-12-31")]
    [InlineData("2024-25 Q4", "2024-25 Q4", "2025-01-01", "2025-03-31")]
    [InlineData("2024-25Q3", "2024-25 Q3", "2024-10-01", "2024-12-31")]
    [InlineData("2024/25 Q3", "2024-25 Q3", "2024-10-01", "2024-12-31")]
    [InlineData("2024/25q4", "2024-25 Q4", "2025-01-01", "2025-03-31")]
    [InlineData("2099-00 Q1", "2099-00 Q1", "2099-04-01", "2099-06-30")]
    [InlineData("Q1 2025-26", "2025-26 Q1", "2025-04-01", "2025-06-30")]
    [InlineData("q4 2024/25", "2024-25 Q4", "2025-01-01", "2025-03-31")]
    [InlineData("Q1 2025", "2025-26 Q1", "2025-04-01", "2025-06-30")]
    [InlineData(" Q3  2024 ", "2024-25 Q3", "2024-10-01", "2024-12-31")]
    public void Parse_Quarter_AcceptsCommonSpellingsAndFollowsTheFinancialYear(string text, string canonical, string start, string end)
    {
        var period = ReportingPeriodParser.Parse(text, MeasureFrequency.Quarterly);

        Assert.Equal(canonical, period.Text);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), period.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), period.End);
    }

    [Theory]
    [InlineData("2024-25", "2024-25")]
    [InlineData("2024/25", "2024-25")]
    [InlineData("2024 - 25", "2024-25")]
    public void Parse_FinancialYear_StartsOnTheFirstOfApril(string text, string canonical)
    {
        var period = ReportingPeriodParser.Parse(text, MeasureFrequency.Annual);

        Assert.Equal(canonical, period.Text);
        Assert.Equal(new DateOnly(2024, 4, 1), period.Start);
        Assert.Equal(new DateOnly(2025, 3, 31), period.End);
    }

    [Theory]
    [InlineData("", MeasureFrequency.Monthly, "Enter a period")]
    [InlineData(null, MeasureFrequency.Quarterly, "Enter a period")]
    [InlineData("May 2024", MeasureFrequency.Monthly, "Enter a period like 2024-05")]
    [InlineData("2024-5", MeasureFrequency.Monthly, "Enter a period like 2024-05")]
    [InlineData("2024-13", MeasureFrequency.Monthly, "Enter a month from 01 to 12, like 2024-05")]
    [InlineData("0000-01", MeasureFrequency.Monthly, "Enter a period like 2024-05")]
    [InlineData("2024-25 Q3", MeasureFrequency.Monthly, "Enter a period like 2024-05")]
    [InlineData("2024-25", MeasureFrequency.Quarterly, "Enter a period like 2024-25 Q3")]
    [InlineData("2024-05", MeasureFrequency.Quarterly, "Enter a period like 2024-25 Q3")]
    [InlineData("2024-26 Q1", MeasureFrequency.Quarterly, "Enter a financial year as two years in a row, like 2024-25 Q3")]
    [InlineData("2024-25 Q5", MeasureFrequency.Quarterly, "Enter a quarter from Q1 to Q4, like 2024-25 Q3")]
    [InlineData("2024-25 Q0", MeasureFrequency.Quarterly, "Enter a quarter from Q1 to Q4, like 2024-25 Q3")]
    [InlineData("Q1 2024-26", MeasureFrequency.Quarterly, "Enter a financial year as two years in a row, like 2024-25 Q3")]
    [InlineData("Q5 2024", MeasureFrequency.Quarterly, "Enter a quarter from Q1 to Q4, like 2024-25 Q3")]
    [InlineData("Q1 2024-25 Q2", MeasureFrequency.Quarterly, "Enter a period like 2024-25 Q3")]
    [InlineData("2024", MeasureFrequency.Annual, "Enter a period like 2024-25")]
    [InlineData("2024-05", MeasureFrequency.Annual, "Enter a financial year as two years in a row, like 2024-25")]
    [InlineData("2024-25 Q1", MeasureFrequency.Annual, "Enter a period like 2024-25")]
    public void TryParse_Malformed_FailsSayingWhatToEnter(string? text, MeasureFrequency frequency, string expected)
    {
        var parsed = ReportingPeriodParser.TryParse(text, frequency, out var period, out var error);

        Assert.False(parsed);
        Assert.Null(period);
        Assert.Equal(expected, error);
    }

    [Fact]
    public void Parse_Malformed_ThrowsFormatExceptionWithTheMessage()
    {
        var exception = Record.Exception(() => ReportingPeriodParser.Parse("2024-25 Q9", MeasureFrequency.Quarterly));

        Assert.Equal("Enter a quarter from Q1 to Q4, like 2024-25 Q3", Assert.IsType<FormatException>(exception).Message);
    }

    [Theory]
    [InlineData(MeasureFrequency.Monthly)]
    [InlineData(MeasureFrequency.Quarterly)]
    [InlineData(MeasureFrequency.Annual)]
    public void Example_ParsesAsItsOwnFrequency(MeasureFrequency frequency)
    {
        var example = ReportingPeriodParser.Example(frequency);

        Assert.Equal(example, ReportingPeriodParser.Parse(example, frequency).Text);
    }
}
