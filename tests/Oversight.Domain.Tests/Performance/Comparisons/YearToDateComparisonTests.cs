using Oversight.Domain.Performance.Comparisons;

namespace Oversight.Domain.Tests.Performance.Comparisons;

public class YearToDateComparisonTests
{
    // April 2022 to March 2024, each month's value its index: 0, 1, …, 23.
    private static readonly MonthlyValue[] TwoFinancialYears = [.. Enumerable.Range(0, 24).Select(i => new MonthlyValue(new DateOnly(2022, 4, 1).AddMonths(i), i))];

    [Theory]
    [InlineData(4, 1)]
    [InlineData(6, 3)]
    [InlineData(12, 9)]
    [InlineData(1, 10)]
    [InlineData(3, 12)]
    public void MonthsIntoYear_FinancialYear_CountsFromApril(int month, int expected)
    {
        Assert.Equal(expected, YearToDateComparison.MonthsIntoYear(new DateOnly(2024, month, 1)));
    }

    [Fact]
    public void Compare_JuneOfFinancialYear_SumsAprilToJuneAgainstLastYear()
    {
        var result = YearToDateComparison.Compare(TwoFinancialYears, new DateOnly(2023, 6, 1));
        Assert.Equal(12 + 13 + 14, result!.Current);
        Assert.Equal(0 + 1 + 2, result.Previous);
    }

    [Fact]
    public void Compare_FebruaryOfFinancialYear_SpansTheCalendarYearEnd()
    {
        var result = YearToDateComparison.Compare(TwoFinancialYears, new DateOnly(2024, 2, 1));
        Assert.Equal(Enumerable.Range(12, 11).Sum(), result!.Current);
        Assert.Equal(Enumerable.Range(0, 11).Sum(), result.Previous);
    }

    [Fact]
    public void Compare_CalendarYearStart_SumsFromJanuary()
    {
        var result = YearToDateComparison.Compare(TwoFinancialYears, new DateOnly(2024, 2, 1), yearStartMonth: 1);
        // January and February 2024 are indices 21 and 22; a year earlier, 9 and 10.
        Assert.Equal(21 + 22, result!.Current);
        Assert.Equal(9 + 10, result.Previous);
    }

    [Fact]
    public void Compare_LastYearMissing_ReturnsNull()
    {
        Assert.Null(YearToDateComparison.Compare(TwoFinancialYears, new DateOnly(2022, 6, 1)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void Compare_YearStartNotAMonth_Throws(int start)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => YearToDateComparison.Compare(TwoFinancialYears, new DateOnly(2023, 6, 1), start));
    }
}
