using System.Text.Json;
using Oversight.Domain.Performance.Spc;
using Oversight.Domain.Performance.Themes;

namespace Oversight.Domain.Tests.Performance.Themes;

public class ThemeRollUpTests
{
    private static readonly MeasureIcons Improving = new(SpcVariation.ImprovementLow, null);
    private static readonly MeasureIcons Concerning = new(SpcVariation.ConcernHigh, SpcAssurance.ConsistentlyFail);
    private static readonly MeasureIcons Steady = new(SpcVariation.CommonCause, SpcAssurance.HitAndMiss);
    private static readonly MeasureIcons Unjudged = new(null, null);

    [Fact]
    public void Suggest_AnyConcernUnderDefault_SaysConcern()
    {
        var suggestion = ThemeRollUp.Suggest([Improving, Improving, Concerning], RollUpPolicy.Default);
        Assert.Equal("Concern", suggestion.Judgement);
        Assert.Equal(1, suggestion.Showing);
        Assert.Same(RollUpPolicy.Default.Rules[1], suggestion.Rule);
    }

    [Fact]
    public void Suggest_NoMeasureJudged_SaysNotEnoughDataRatherThanStable()
    {
        Assert.Equal("Not enough data", ThemeRollUp.Suggest([Unjudged, Unjudged], RollUpPolicy.Default).Judgement);
        Assert.Equal("Stable", ThemeRollUp.Suggest([Unjudged, Steady], RollUpPolicy.Default).Judgement);
    }

    [Fact]
    public void Suggest_MajorityImprovingUnderDefault_SaysImproving()
    {
        var suggestion = ThemeRollUp.Suggest([Improving, Improving, Steady], RollUpPolicy.Default);
        Assert.Equal("Improving", suggestion.Judgement);
        Assert.Equal(2, suggestion.Showing);
    }

    [Fact]
    public void Suggest_HalfImprovingUnderDefault_FallsBackToStable()
    {
        var suggestion = ThemeRollUp.Suggest([Improving, Steady], RollUpPolicy.Default);
        Assert.Equal("Stable", suggestion.Judgement);
        Assert.Null(suggestion.Rule);
    }

    [Fact]
    public void Suggest_EmptyTheme_FallsBackToOtherwise()
    {
        Assert.Equal("Stable", ThemeRollUp.Suggest([], RollUpPolicy.Default).Judgement);
    }

    [Fact]
    public void Suggest_OfficePolicyWithShareAndAssurance_AppliesRulesInOrder()
    {
        var policy = new RollUpPolicy(
            [
                new RollUpRule(Quantifier.All, MeasureSignal.NotJudged, "Not enough data"),
                new RollUpRule(Quantifier.AtLeastShare, MeasureSignal.ConsistentlyFail, "Off track", Share: 0.25),
                new RollUpRule(Quantifier.Any, MeasureSignal.Improvement, "Some improvement"),
            ],
            "No change");
        Assert.Equal("Not enough data", ThemeRollUp.Suggest([Unjudged, Unjudged], policy).Judgement);
        Assert.Equal("Off track", ThemeRollUp.Suggest([Concerning, Improving, Steady, Steady], policy).Judgement);
        Assert.Equal("Some improvement", ThemeRollUp.Suggest([Improving, Steady, Steady, Steady, Steady], policy).Judgement);
        Assert.Equal("No change", ThemeRollUp.Suggest([Steady, Unjudged], policy).Judgement);
    }

    [Fact]
    public void Policy_SavedAsJson_ReadsBackTheSame()
    {
        var json = JsonSerializer.Serialize(RollUpPolicy.Default);
        var read = JsonSerializer.Deserialize<RollUpPolicy>(json)!;
        Assert.Equal(RollUpPolicy.Default.Otherwise, read.Otherwise);
        Assert.Equal(RollUpPolicy.Default.Rules, read.Rules);
    }

    [Theory]
    [InlineData(MeasureSignal.Neither, true)]
    [InlineData(MeasureSignal.Concern, false)]
    [InlineData(MeasureSignal.NotJudged, false)]
    public void Shows_NeutralSpecialCause_MatchesOnlyNeither(MeasureSignal signal, bool expected)
    {
        Assert.Equal(expected, new MeasureIcons(SpcVariation.NeitherHigh, null).Shows(signal));
    }
}
