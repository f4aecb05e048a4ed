using Oversight.Domain.Performance.Comparisons;

namespace Oversight.Domain.Tests.Performance.Comparisons;

public class RollingComparisonTests
{
    // January 2022 to December 2023, each month's value its index: 0, 1, …, 23.
    private static readonly MonthlyValue[] TwoYears = [.. Enumerable.Range(0, 24).Select(i => new MonthlyValue(new DateOnly(2022, 1, 1).AddMonths(i), i))];

    [Fact]
    public void Compare_TwentyFourFullMonths_SetsLatestTwelveAgainstTwelveBefore()
    {
        var result = RollingComparison.Compare(TwoYears, new DateOnly(2023, 12, 1));
        Assert.NotNull(result);
        Assert.Equal(12 * (12 + 23) / 2.0, result.Current);
        Assert.Equal(12 * 11 / 2.0, result.Previous);
        Assert.Equal(result.Current - result.Previous, result.Change);
        Assert.Equal((210.0 - 66) / 66 * 100, result.PercentChange!.Value, 12);
    }

    [Fact]
    public void Compare_LatestMonthGivenAsMidMonthDate_UsesItsMonth()
    {
        var result = RollingComparison.Compare(TwoYears, new DateOnly(2023, 12, 17));
        Assert.Equal(210, result!.Current);
    }

    [Fact]
    public void Compare_MonthMissing_ReturnsNull()
    {
        Assert.Null(RollingComparison.Compare(TwoYears.Where(m => m.Month != new DateOnly(2022, 6, 1)), new DateOnly(2023, 12, 1)));
    }

    [Fact]
    public void Compare_NotEnoughHistory_ReturnsNull()
    {
        Assert.Null(RollingComparison.Compare(TwoYears, new DateOnly(2023, 11, 1)));
    }

    [Fact]
    public void Compare_PreviousTotalZero_GivesChangeButNoPercentage()
    {
        MonthlyValue[] series = [new(new DateOnly(2024, 1, 1), 0), new(new DateOnly(2024, 2, 1), 5)];
        var result = RollingComparison.Compare(series, new DateOnly(2024, 2, 1), months: 1);
        Assert.Equal(5, result!.Change);
        Assert.Null(result.PercentChange);
    }

    [Fact]
    public void Compare_ShorterWindow_UsesThatManyMonths()
    {
        var result = RollingComparison.Compare(TwoYears, new DateOnly(2023, 12, 1), months: 3);
        Assert.Equal(21 + 22 + 23, result!.Current);
        Assert.Equal(18 + 19 + 20, result.Previous);
    }

    [Fact]
    public void Compare_SameMonthTwice_Throws()
    {
        Assert.Throws<ArgumentException>(() => RollingComparison.Compare([.. TwoYears, TwoYears[0]], new DateOnly(2023, 12, 1)));
    }
}
