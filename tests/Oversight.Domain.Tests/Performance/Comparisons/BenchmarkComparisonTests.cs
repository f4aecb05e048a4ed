using Oversight.Domain.Performance;
using Oversight.Domain.Performance.Comparisons;

namespace Oversight.Domain.Tests.Performance.Comparisons;

public class BenchmarkComparisonTests
{
    // 10 crimes among 1,000 people: 10 per 1,000, with an exact 95% interval of about 4.795 to 18.390 per 1,000.
    private static readonly AreaCount Ten = new("2024-25", 10, 1_000);

    [Theory]
    [InlineData(4.0, ImprovementDirection.Decrease, BenchmarkJudgement.Worse)]
    [InlineData(4.0, ImprovementDirection.Increase, BenchmarkJudgement.Better)]
    [InlineData(4.0, ImprovementDirection.Neutral, BenchmarkJudgement.Higher)]
    [InlineData(19.0, ImprovementDirection.Decrease, BenchmarkJudgement.Better)]
    [InlineData(19.0, ImprovementDirection.Increase, BenchmarkJudgement.Worse)]
    [InlineData(19.0, ImprovementDirection.Neutral, BenchmarkJudgement.Lower)]
    [InlineData(5.0, ImprovementDirection.Decrease, BenchmarkJudgement.Similar)]
    [InlineData(18.0, ImprovementDirection.Increase, BenchmarkJudgement.Similar)]
    public void Compare_BenchmarkAgainstInterval_JudgesByDirection(double benchmark, ImprovementDirection direction, BenchmarkJudgement expected)
    {
        Assert.Equal(expected, BenchmarkComparison.Compare(Ten, benchmark, direction).Judgement);
    }

    [Fact]
    public void Compare_TenInAThousand_ReportsRateAndExactInterval()
    {
        var result = BenchmarkComparison.Compare(Ten, 12, ImprovementDirection.Decrease);
        Assert.Equal(10, result.Rate, 12);
        Assert.Equal(4.795, result.LowerRate, 0.0005);
        Assert.Equal(18.390, result.UpperRate, 0.0005);
        Assert.Equal(12, result.BenchmarkRate);
    }

    [Fact]
    public void Compare_BenchmarkExactlyOnLimit_IsSimilar()
    {
        var upper = BenchmarkComparison.Compare(Ten, 0, ImprovementDirection.Decrease).UpperRate;
        Assert.Equal(BenchmarkJudgement.Similar, BenchmarkComparison.Compare(Ten, upper, ImprovementDirection.Decrease).Judgement);
    }

    [Fact]
    public void CompareSeries_BenchmarkHasSomePeriods_ComparesOnlyThose()
    {
        AreaCount[] area = [new("2023", 30, 10_000), new("2024", 60, 10_000), new("2025", 3, 10_000)];
        var benchmark = new Dictionary<string, double> { ["2023"] = 3.0, ["2024"] = 3.0 };
        var results = BenchmarkComparison.CompareSeries(area, benchmark, ImprovementDirection.Decrease);
        Assert.Equal(["2023", "2024"], results.Select(r => r.Period));
        Assert.Equal([BenchmarkJudgement.Similar, BenchmarkJudgement.Worse], results.Select(r => r.Judgement));
    }
}
