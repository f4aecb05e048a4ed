using Oversight.Domain.Performance.Comparisons;

namespace Oversight.Domain.Tests.Performance.Comparisons;

public class PoissonIntervalTests
{
    // Published exact (Garwood) 95% limits for a Poisson count, to three decimal places.
    [Theory]
    [InlineData(0, 0.000, 3.689)]
    [InlineData(1, 0.025, 5.572)]
    [InlineData(5, 1.623, 11.668)]
    [InlineData(10, 4.795, 18.390)]
    [InlineData(20, 12.217, 30.888)]
    [InlineData(100, 81.364, 121.627)]
    public void Exact_PublishedCount_MatchesPublishedLimits(long count, double lower, double upper)
    {
        var interval = PoissonInterval.Exact(count);
        Assert.Equal(lower, interval.Lower, 0.0005);
        Assert.Equal(upper, interval.Upper, 0.0005);
    }

    [Fact]
    public void Exact_HigherConfidence_WidensInterval()
    {
        var narrow = PoissonInterval.Exact(30, 0.9);
        var wide = PoissonInterval.Exact(30, 0.99);
        Assert.True(wide.Lower < narrow.Lower && wide.Upper > narrow.Upper);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Exact_ConfidenceOutsideZeroToOne_Throws(double confidence)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PoissonInterval.Exact(4, confidence));
    }

    [Fact]
    public void Exact_NegativeCount_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PoissonInterval.Exact(-1));
    }
}
