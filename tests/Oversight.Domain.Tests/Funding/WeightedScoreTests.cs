using Oversight.Domain.Funding;

namespace Oversight.Domain.Tests.Funding;

public sealed class WeightedScoreTests
{
    [Fact]
    public void Calculate_WeighsEachCriterionByItsWeight()
    {
        // need 5/5 × 30, delivery 3/5 × 50, value 0/5 × 20 → (30 + 30 + 0) / 100
        var score = WeightedScore.Calculate(TestRounds.Round7().Criteria, [new("need", 5), new("delivery", 3), new("value", 0)]);

        Assert.Equal(60.00m, score);
    }

    [Fact]
    public void Validate_MissingAndOutOfRangeMarks_AreNamed()
    {
        var errors = WeightedScore.Validate(TestRounds.Round7().Criteria, [new("need", 6), new("delivery", 3)]);

        Assert.Equal(
            [new FieldError("need", "Enter a score for evidence of need from 0 to 5"), new FieldError("value", "Enter a score for value for money")],
            errors);
    }

    [Fact]
    public void Ranking_ModeratedScoreOverridesTheMean()
    {
        Assert.Equal(70.5m, WeightedScore.Ranking([60m, 81m], null));
        Assert.Equal(55m, WeightedScore.Ranking([60m, 81m], 55m));
        Assert.Null(WeightedScore.Ranking([], null));
    }
}
