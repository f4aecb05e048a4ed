using Oversight.Domain.Engagement;

namespace Oversight.Domain.Tests.Engagement;

public class ProportionTests
{
    // Newcombe (1998) "Two-sided confidence intervals for the single proportion", Stat Med 17:857-872, Table I,
    // method 3 (Wilson score, no continuity correction). Checked independently with the closed form in Python:
    // 81/263 → (0.255289, 0.366210); 15/148 → (0.062386, 0.160487); 0/20 → (0, 0.161125); 1/29 → (0.006113, 0.171755).
    [Theory]
    [InlineData(81, 263, 0.2553, 0.3662)]
    [InlineData(15, 148, 0.0624, 0.1605)]
    [InlineData(0, 20, 0.0000, 0.1611)]
    [InlineData(1, 29, 0.0061, 0.1718)]
    public void Wilson_PublishedExamples_MatchToFourPlaces(int count, int total, double lower, double upper)
    {
        var share = Proportion.Of(count, total);

        Assert.Equal(lower, share.Lower, 4);
        Assert.Equal(upper, share.Upper, 4);
        Assert.Equal((double)count / total, share.Value, 12);
    }

    [Fact]
    public void Wilson_AllOrNothing_StaysInsideZeroToOne()
    {
        var none = Proportion.Of(0, 5);
        var all = Proportion.Of(5, 5);

        Assert.Equal(0, none.Lower);
        Assert.Equal(1, all.Upper);
        Assert.True(all.Lower is > 0.5 and < 1);
    }

    [Fact]
    public void Wilson_WiderConfidence_GivesWiderInterval()
    {
        var ninety = Proportion.Of(81, 263, 0.90);
        var ninetyNine = Proportion.Of(81, 263, 0.99);

        Assert.True(ninetyNine.Upper - ninetyNine.Lower > ninety.Upper - ninety.Lower);
    }

    [Fact]
    public void Normal_Quantile_IsTheFamiliarOnePointNineSix()
    {
        Assert.Equal(1.959964, Normal.Quantile(0.975), 6);
        Assert.Equal(-1.644854, Normal.Quantile(0.05), 6);
    }

    // Newcombe (1998) "Interval estimation for the difference between independent proportions", Stat Med 17:873-890,
    // Table II, method 10 (hybrid score): 56/70 − 48/80 → (0.0524, 0.3339); 9/10 − 3/10 → (0.1705, 0.8090).
    // Recomputed independently in Python from the two Wilson intervals: (0.052431, 0.333873) and (0.170523, 0.809018).
    [Theory]
    [InlineData(56, 70, 48, 80, 0.0524, 0.3339)]
    [InlineData(9, 10, 3, 10, 0.1705, 0.8090)]
    public void Difference_PublishedExamples_MatchToFourPlaces(int c1, int n1, int c2, int n2, double lower, double upper)
    {
        var difference = ProportionDifference.Between(c1, n1, c2, n2);

        Assert.Equal(lower, difference.Lower, 4);
        Assert.Equal(upper, difference.Upper, 4);
        Assert.True(difference.IsSignificant);
    }

    [Fact]
    public void Difference_SameShares_IsNotSignificant()
    {
        var difference = ProportionDifference.Between(50, 100, 52, 100);

        Assert.False(difference.IsSignificant);
        Assert.Equal(-0.02, difference.Difference, 12);
    }
}
