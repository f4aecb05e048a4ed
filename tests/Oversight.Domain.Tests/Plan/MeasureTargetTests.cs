using Oversight.Domain.Plan;

namespace Oversight.Domain.Tests.Plan;

public class MeasureTargetTests
{
    // Monthly values 100 through 2023-24 (April 2023 to March 2024), then 90.
    private static readonly (DateOnly, double)[] Series =
    [
        .. Enumerable.Range(0, 12).Select(i => (new DateOnly(2023, 4, 1).AddMonths(i), i % 2 == 0 ? 90.0 : 110.0)),
        .. Enumerable.Range(0, 24).Select(i => (new DateOnly(2024, 4, 1).AddMonths(i), 90.0)),
    ];

    private static readonly MeasureTarget FivePercentDownByMarch2026 =
        new("Plan", "Why", Trajectory: new TargetTrajectory("2023-24", -5, "2025-26"));

    [Theory]
    [InlineData("2024-01-01", 100)] // within the baseline year: the baseline itself
    [InlineData("2025-03-01", 97.5)] // the end of 2024-25 is half way from March 2024 to March 2026 (365 of 730 days)
    [InlineData("2026-03-01", 95)]
    [InlineData("2027-06-01", 95)] // after the due period it stays at the final value
    public void For_Trajectory_MovesInAStraightLineFromTheSeriesBaseline(string periodStart, double expected)
    {
        var start = DateOnly.Parse(periodStart, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(expected, FivePercentDownByMarch2026.For(start, MeasureFrequency.Monthly, Series)!.Value, 6);
    }

    [Fact]
    public void For_StatedBaselineSpanningACalendarYear_IgnoresTheSeries()
    {
        var halving = new MeasureTarget("Strategy", "Why", Trajectory: new TargetTrajectory("2023-01", -50, "2030-12", "2023-12", 1457));

        Assert.Equal(728.5, halving.For(new DateOnly(2030, 12, 1), MeasureFrequency.Monthly, [])!.Value, 6);
        Assert.Equal(1457, halving.For(new DateOnly(2023, 6, 1), MeasureFrequency.Monthly, [])!.Value, 6);
    }

    [Fact]
    public void For_TrajectoryWithoutBaselineValues_HasNoTarget() =>
        Assert.Null(FivePercentDownByMarch2026.For(new DateOnly(2025, 3, 1), MeasureFrequency.Monthly, [(new DateOnly(2025, 3, 1), 1.0)]));

    [Fact]
    public void For_QuarterlyMeasure_IsJudgedAtTheQuarterEnd() =>
        Assert.Equal(97.5, FivePercentDownByMarch2026.For(new DateOnly(2025, 1, 1), MeasureFrequency.Quarterly, Series)!.Value, 6);

    [Fact]
    public void For_FixedValue_IsTheSameEveryPeriod() =>
        Assert.Equal(42, new MeasureTarget("S", "R", 42).For(new DateOnly(2030, 1, 1), MeasureFrequency.Annual, [])!.Value);
}
