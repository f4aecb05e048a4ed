using Oversight.Domain.Performance;
using Oversight.Domain.Performance.Spc;

namespace Oversight.Domain.Tests.Performance.Spc;

public class SpcChartTests
{
    [Fact]
    public void Judge_UnorderedIsoDates_PutsPointsInDateOrder()
    {
        SpcObservation[] input = [new("2024-03", 3), new("2024-01-01", 1), new("2024-02-15", 2)];
        var result = SpcChart.Judge(input, new SpcOptions());
        Assert.Equal(["2024-01-01", "2024-02-15", "2024-03"], result.Points.Select(p => p.Period));
    }

    [Fact]
    public void Judge_NumericPeriods_OrdersNumericallyNotAsText()
    {
        var result = SpcChart.Judge([new("10", 1), new("9", 2), new("100", 3)], new SpcOptions());
        Assert.Equal(["9", "10", "100"], result.Points.Select(p => p.Period));
    }

    [Fact]
    public void Judge_TextPeriods_OrdersOrdinally()
    {
        var result = SpcChart.Judge([new("Jan", 1), new("Feb", 2), new("Mar", 3)], new SpcOptions());
        Assert.Equal(["Feb", "Jan", "Mar"], result.Points.Select(p => p.Period));
    }

    [Fact]
    public void Judge_SamePeriodTwice_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => SpcChart.Judge([new("2024-04", 1), new("2024-04-01", 2)], new SpcOptions()));
        Assert.Contains("more than once", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_NotANumberValue_Throws()
    {
        Assert.Throws<ArgumentException>(() => SpcChart.Judge([new("1", double.NaN)], new SpcOptions()));
    }

    [Fact]
    public void Judge_FixAfterBelowPackageMinimum_Throws()
    {
        var options = new SpcOptions { Profile = SpcProfile.NhsrPlotTheDots, FixAfter = 11 };
        Assert.Throws<ArgumentOutOfRangeException>(() => Series.Judge(options, 1, 2, 3));
    }

    [Fact]
    public void Judge_EmptySeries_GivesNoPointsAndNoIcons()
    {
        var result = SpcChart.Judge([], new SpcOptions { Target = 1 });
        Assert.Empty(result.Points);
        Assert.Null(result.VariationIcon);
        Assert.Null(result.AssuranceIcon);
    }

    [Fact]
    public void Judge_RebaseAtFirstOrUnknownPeriod_KeepsOneGroup()
    {
        var options = new SpcOptions { RebaseAt = ["1", "99"] };
        var result = Series.Judge(options, [.. Enumerable.Range(0, 15).Select(i => (double)(i % 3))]);
        Assert.Single(result.Groups);
    }

    [Fact]
    public void Judge_RebaseAtPeriod_StartsNewGroupWithOwnLimits()
    {
        double[] values = [.. Enumerable.Range(0, 30).Select(i => (i % 2) + (i >= 15 ? 50.0 : 0))];
        var result = Series.Judge(new SpcOptions { RebaseAt = ["16"] }, values);
        Assert.Equal([15, 15], result.Groups.Select(g => g.Count));
        // 15 points alternating 0 and 1: every moving range is 1, so the limits sit 2.66 from each mean.
        Assert.Equal([(7.0 / 15) - 2.66, 50 + (8.0 / 15) - 2.66], result.Groups.Select(g => g.Lower!.Value), new ToleranceComparer(1e-12));
        Assert.All(result.Points, p => Assert.Equal(SpecialCause.None, p.SpecialCause));
    }

    [Fact]
    public void Judge_TargetOnNeutralMeasure_GivesNoAssuranceAndWarns()
    {
        var options = new SpcOptions { Improvement = ImprovementDirection.Neutral, Target = 100 };
        var result = Series.Judge(options, [.. Enumerable.Range(0, 20).Select(i => (double)(i % 4))]);
        Assert.Null(result.AssuranceIcon);
        Assert.True(result.Warnings.HasFlag(SpcWarnings.TargetIgnored));
        Assert.NotEmpty(result.WarningMessages);
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
