using Oversight.Core.Documents;
using Oversight.Domain.Performance.Spc;
using Oversight.Domain.Plan;
using Oversight.Web.Charts;
using Oversight.Web.Performance;

namespace Oversight.Web.Tests.Performance;

/// The chart as people read it: a key with only the symbols drawn, round ticks with a named axis, periods and counts
/// written as people write them.
public sealed class SpcChartLayoutTests
{
    [Fact]
    public void Key_OnALowerIsBetterMeasure_ShowsTheDownwardTrianglesDrawnAndNothingElse()
    {
        var points = new[]
        {
            Point("2025-01", 1200, SpcVariation.CommonCause),
            Point("2025-02", 1010, SpcVariation.ImprovementLow),
            Point("2025-03", 1001, SpcVariation.ImprovementLow),
        };

        var chart = new SpcChartLayout(points, MeasureUnit.Count);

        Assert.Equal(
            [JudgementIcon.For(SpcVariation.CommonCause), JudgementIcon.For(SpcVariation.ImprovementLow)],
            chart.KeyIcons);
        Assert.Equal(chart.Markers.Select(m => m.Icon).Distinct().ToHashSet(), chart.KeyIcons.ToHashSet());
        Assert.DoesNotContain(chart.KeyIcons, i => i.Text == JudgementIcon.For(SpcVariation.ImprovementHigh).Text);
        Assert.DoesNotContain(chart.KeyIcons, i => i.Colour == JudgementIcon.Purple);
    }

    [Fact]
    public void YAxis_HasAUnitAndRoundTicksCoveringEveryValue()
    {
        var points = new[] { Point("2025-01", 1001.01, SpcVariation.CommonCause, 1040, 990, 1090), Point("2025-02", 1078.61, SpcVariation.CommonCause, 1040, 990, 1090) };

        var chart = new SpcChartLayout(points, MeasureUnit.Count);

        Assert.Equal("Number", chart.AxisTitle);
        var ticks = chart.YTicks.Select(t => t.Label).ToList();
        Assert.Equal(["950", "1,000", "1,050", "1,100"], ticks);
        Assert.Equal("Rate per 1,000 people", new SpcChartLayout(points, MeasureUnit.RatePer1000).AxisTitle);
        Assert.Equal(["0.0", "0.1", "0.2", "0.3"], new SpcChartLayout([Point("2025-01", 0.05, SpcVariation.CommonCause, 0.1, 0, 0.25)], MeasureUnit.Ratio).YTicks.Select(t => t.Label));
    }

    [Theory]
    [InlineData("2025-03", "Mar 2025")]
    [InlineData("2021-04", "Apr 2021")]
    [InlineData("2024-25 Q3", "2024/25 Q3")]
    [InlineData("2024-25", "2024/25")]
    [InlineData("Week 3", "Week 3")]
    public void Periods_AreWrittenAsPeopleWriteThem(string stored, string shown) =>
        Assert.Equal(shown, ReportWords.Period(stored));

    [Fact]
    public void AxisPeriodsAndPointLabels_UseWrittenPeriodsAndCountsWithoutDecimals()
    {
        var chart = new SpcChartLayout([Point("2025-03", 1225, SpcVariation.CommonCause), Point("2025-04", 1230, SpcVariation.CommonCause)], MeasureUnit.Count);

        Assert.Equal(["Mar 2025", "Apr 2025"], chart.XTicks.Select(t => t.Label));
        Assert.StartsWith("Mar 2025: 1,225,", chart.Markers.First().Label, StringComparison.Ordinal);
        Assert.Equal("1,225", JudgementText.Number(1225));
        Assert.Equal("1,225.50", JudgementText.Number(1225.5));
    }

    private static SpcPoint Point(string period, double value, SpcVariation variation, double mean = 1100, double lower = 900, double upper = 1300) =>
        new(period, value, mean, lower, upper, variation, SpcRules.None, 0);
}
