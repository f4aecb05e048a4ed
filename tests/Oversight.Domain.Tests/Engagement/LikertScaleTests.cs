using Oversight.Domain.Engagement;

namespace Oversight.Domain.Tests.Engagement;

public class LikertScaleTests
{
    [Fact]
    public void Summarise_CountsEachPointAndTheTopTwoBoxes()
    {
        string[] answers =
        [
            .. Enumerable.Repeat(LikertScale.VerySafe, 20), .. Enumerable.Repeat(LikertScale.QuiteSafe, 44),
            .. Enumerable.Repeat(LikertScale.Neither, 16), .. Enumerable.Repeat(LikertScale.QuiteUnsafe, 12),
            .. Enumerable.Repeat(LikertScale.VeryUnsafe, 8),
        ];

        var summary = LikertScale.Summarise(answers);

        Assert.Equal([20, 44, 16, 12, 8], summary.Counts);
        Assert.Equal(100, summary.Base);
        Assert.Equal(0.64, summary.VeryOrQuiteSafe.Value, 12);
        Assert.Equal(0.20, summary.QuiteOrVeryUnsafe.Value, 12);
        Assert.True(summary.VeryOrQuiteSafe.Lower < 0.64 && summary.VeryOrQuiteSafe.Upper > 0.64);
    }

    [Fact]
    public void Summarise_AnswerOffTheScale_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => LikertScale.Summarise(["very-safe", "safe-ish"]));
    }
}
