using Oversight.Core.Funding.Rounds;
using Oversight.Domain;

namespace Oversight.Core.Tests.Funding;

public sealed class RoundRulesTests
{
    [Theory]
    [InlineData("20000", 20_000)]
    [InlineData("£20,000", 20_000)]
    [InlineData(" 17185.46 ", 17_185.46)]
    public void TryMoney_ReadsPoundsAsStaffWriteThem(string text, decimal expected)
    {
        Assert.True(RoundRules.TryMoney(text, out var amount));
        Assert.Equal(expected, amount);
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("12.345")]
    [InlineData("twenty thousand")]
    [InlineData("")]
    public void TryMoney_RefusesWhatIsNotAnAmountOfMoney(string text) => Assert.False(RoundRules.TryMoney(text, out _));

    [Fact]
    public void Strands_NameTheRowOfEveryProblem()
    {
        var errors = new List<FieldError>();

        var strands = RoundRules.Strands(
            [
                new StrandInput("standard", "standard grant", "20000", "standard", null),
                new StrandInput(null, "Standard Grant", "500000", "restricted", " \n "),
                new StrandInput(null, "", "", "standard", ""),
                new StrandInput(null, "Clear, Hold, Build grant", "20000", "restricted", "Bradford BD3\nLeeds Harehills\nbradford bd3"),
            ],
            pot: 100_000m,
            errors);

        Assert.Equal(
            [
                new FieldError("StrandName[1]", "Strand 2 has the same name as another strand. Give each strand its own name"),
                new FieldError("StrandCeiling[1]", "The most strand 2 can award must be more than £0 and no more than the pot"),
                new FieldError("StrandAreas[1]", "Enter the areas where strand 2 projects can take place, one on each line"),
            ],
            errors);
        Assert.Equal(["standard", "standard-grant", "clear-hold-build-grant"], strands.Select(s => s.Code));
        Assert.Equal(["Bradford BD3", "Leeds Harehills"], strands[2].RestrictedAreas);
    }

    [Fact]
    public void Criteria_WeightsMustAddUpTo100AndScoresStayInRange()
    {
        var errors = new List<FieldError>();

        RoundRules.Criteria([new CriterionInput(null, "Need", "50", "5"), new CriterionInput(null, "Value", "40", "11")], errors);

        Assert.Equal(
            [
                new FieldError("CriterionMaxScore[1]", "Enter the highest score for criterion 2 as a whole number from 1 to 10"),
                new FieldError("CriterionWeight[0]", "The weights of the criteria must add up to 100. They add up to 90"),
            ],
            errors);
    }

    [Fact]
    public void Criteria_NeverShareACode()
    {
        var errors = new List<FieldError>();

        var criteria = RoundRules.Criteria([new CriterionInput("need", "Evidence of need", "50", "5"), new CriterionInput(null, "Need", "50", "5")], errors);

        Assert.Empty(errors);
        Assert.Equal(["need", "need-2"], criteria.Select(c => c.Code));
    }

    [Fact]
    public void Strands_And_Criteria_NeedAtLeastOneRow()
    {
        var errors = new List<FieldError>();

        RoundRules.Strands([new StrandInput(null, " ", "", "standard", null)], null, errors);
        RoundRules.Criteria([], errors);

        Assert.Equal(["StrandName[0]", "CriterionName[0]"], errors.Select(e => e.Field));
    }
}
