using Oversight.Domain.Performance.Comparisons;

namespace Oversight.Domain.Tests.Performance.Comparisons;

public class RatesTests
{
    [Fact]
    public void PerThousand_CountAndPopulation_GivesRatePerThousand()
    {
        Assert.Equal(2.0, Rates.PerThousand(50, 25_000), 12);
    }

    [Fact]
    public void Per_HundredThousand_ScalesToThatBase()
    {
        Assert.Equal(200.0, Rates.Per(50, 25_000, 100_000), 12);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void PerThousand_PopulationNotPositive_Throws(double population)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Rates.PerThousand(5, population));
    }
}
