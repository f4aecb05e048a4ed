using FsCheck;
using FsCheck.Fluent;
using Oversight.Domain.Performance.Comparisons;

namespace Oversight.Domain.Tests.Performance.Comparisons;

public class GammaTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(5, 24)]
    [InlineData(11, 3_628_800)]
    public void LogGamma_WholeNumber_IsLogOfFactorial(double x, double factorial)
    {
        Assert.Equal(Math.Log(factorial), Gamma.LogGamma(x), 12);
    }

    [Fact]
    public void LogGamma_Half_IsLogRootPi()
    {
        Assert.Equal(0.5 * Math.Log(Math.PI), Gamma.LogGamma(0.5), 13);
    }

    [Theory]
    [InlineData(1, 0.5)]
    [InlineData(3, 2.0)]
    [InlineData(10, 4.795)]
    [InlineData(10, 25.0)]
    [InlineData(50, 40.0)]
    public void RegularizedLower_WholeShape_MatchesPoissonTail(int k, double x)
    {
        // For whole k, P(k, x) is the chance of at least k events of a Poisson(x).
        var term = Math.Exp(-x);
        var below = 0.0;
        for (var j = 0; j < k; j++)
        {
            below += term;
            term *= x / (j + 1);
        }

        Assert.Equal(1 - below, Gamma.RegularizedLower(k, x), 12);
    }

    [Fact]
    public void InverseRegularizedLower_AnyShapeAndProbability_RoundTrips()
    {
        var cases = from a in Gen.Choose(1, 40_000).Select(i => i / 100.0)
                    from p in Gen.Choose(1, 999_999).Select(i => i / 1_000_000.0)
                    select (a, p);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var x = Gamma.InverseRegularizedLower(c.a, c.p);
            Assert.Equal(c.p, Gamma.RegularizedLower(c.a, x), 9);
        }));
    }

    [Fact]
    public void InverseRegularizedLower_EndProbabilities_GiveZeroAndInfinity()
    {
        Assert.Equal(0, Gamma.InverseRegularizedLower(3, 0));
        Assert.Equal(double.PositiveInfinity, Gamma.InverseRegularizedLower(3, 1));
    }
}
