using Oversight.Domain.Engagement;

namespace Oversight.Domain.Tests.Engagement;

public class CohensKappaTests
{
    // The worked example in Wikipedia's "Cohen's kappa" article (50 grant proposals read by two readers):
    // both yes 20, A yes B no 5, A no B yes 10, both no 15. By hand: p_o = 35/50 = 0.70;
    // A says yes 25/50, B 30/50, so p_e = 0.5 × 0.6 + 0.5 × 0.4 = 0.50; κ = (0.70 − 0.50) / (1 − 0.50) = 0.40.
    [Fact]
    public void Of_WikipediaWorkedExample_IsPointFour()
    {
        var (a, b) = Table((true, true, 20), (true, false, 5), (false, true, 10), (false, false, 15));

        var result = CohensKappa.Of(a, b);

        Assert.Equal(50, result.Items);
        Assert.Equal(0.70, result.Observed, 12);
        Assert.Equal(0.50, result.Expected, 12);
        Assert.Equal(0.40, result.Kappa!.Value, 12);
    }

    // The 20-patient example in easycalculation.com's "Cohen's kappa index" lesson: 12, 2, 4, 2.
    // By hand: p_o = 14/20 = 0.70; p_e = 0.7 × 0.8 + 0.3 × 0.2 = 0.62; κ = 0.08 / 0.38 = 0.2105.
    [Fact]
    public void Of_TwentyPatientExample_IsPointTwoOne()
    {
        var (a, b) = Table((true, true, 12), (false, true, 2), (true, false, 4), (false, false, 2));

        Assert.Equal(0.2105, CohensKappa.Of(a, b).Kappa!.Value, 4);
    }

    [Fact]
    public void Of_OneCategoryOnlyForBoth_IsUndefinedNotOne()
    {
        Assert.Null(CohensKappa.Of(["x", "x"], ["x", "x"]).Kappa);
    }

    [Fact]
    public void PerTheme_MultiLabelAnswers_GivesEachThemeItsOwnAgreement()
    {
        // Four answers, each with a set of themes per coder. "economic": yes/yes, no/no, yes/no, no/no →
        // p_o = 3/4; first says yes 2/4, second 1/4; p_e = 0.5 × 0.25 + 0.5 × 0.75 = 0.5; κ = 0.5.
        // "substance": identical on every answer → κ = 1.
        IReadOnlyList<IReadOnlySet<string>> first =
            [Set("economic", "substance"), Set(), Set("economic"), Set("substance")];
        IReadOnlyList<IReadOnlySet<string>> second =
            [Set("economic", "substance"), Set(), Set(), Set("substance")];

        var kappas = CohensKappa.PerTheme(["economic", "substance"], first, second);

        Assert.Equal(0.5, kappas["economic"].Kappa!.Value, 12);
        Assert.Equal(1.0, kappas["substance"].Kappa!.Value, 12);
    }

    private static HashSet<string> Set(params string[] themes) => [.. themes];

    private static (List<bool> First, List<bool> Second) Table(params (bool First, bool Second, int Count)[] cells)
    {
        var first = new List<bool>();
        var second = new List<bool>();
        foreach (var (a, b, count) in cells)
        {
            first.AddRange(Enumerable.Repeat(a, count));
            second.AddRange(Enumerable.Repeat(b, count));
        }

        return (first, second);
    }
}
