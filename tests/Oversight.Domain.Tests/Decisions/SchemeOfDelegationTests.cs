using Oversight.Domain.Decisions;

namespace Oversight.Domain.Tests.Decisions;

public sealed class SchemeOfDelegationTests
{
    private static readonly SchemeOfDelegation Scheme = new(
        "Test office", "Illustrative", [new("mayor", "Mayor"), new("deputy-mayor", "Deputy Mayor"), new("grants-manager", "Grants manager")],
        "mayor", "mayor", 2,
        [.. Enum.GetValues<DecisionType>().Select(t => new DecisionRule(t, t.ToString(), true,
            [new("grants-manager", null, 10_000m), new("deputy-mayor", null, 50_000m), new("mayor")], [Precondition.NoConflict]))]);

    [Theory]
    [InlineData(10_000, "grants-manager", true)]
    [InlineData(10_001, "grants-manager", false)]
    [InlineData(10_001, "deputy-mayor", true)]
    [InlineData(5_000, "mayor", true)]
    [InlineData(50_001, "deputy-mayor", false)]
    [InlineData(50_001, "mayor", true)]
    public void Refusal_FollowsTheThresholds_AndAHigherPostMayDecideLess(int amount, string post, bool allowed)
    {
        var refusal = Scheme.Refusal(DecisionType.GrantAward, amount, [], [post]);

        Assert.Equal(allowed, refusal is null);
    }

    [Fact]
    public void Refusal_OverTheLastLimit_NamesThePostAndTheLimit()
    {
        Assert.Equal("GrantAward decisions over £50,000 are taken by the Mayor; this one is £60,000", Scheme.Refusal(DecisionType.GrantAward, 60_000m, [], ["deputy-mayor"]));
    }

    [Fact]
    public void Refusal_OfAKindWithOneUnlimitedRung_NamesNoValue()
    {
        var mayorOnly = Scheme with { Decisions = [.. Scheme.Decisions.Select(d => d.Type == DecisionType.Policy ? d with { Name = "Policy", Delegations = [new("mayor")] } : d)] };

        Assert.Equal("Policy decisions are taken by the Mayor", mayorOnly.Refusal(DecisionType.Policy, 0m, ["Leadership"], ["deputy-mayor"]));
    }

    [Fact]
    public void WhoDecides_ListsEveryRungWithItsLimit()
    {
        Assert.Equal(
            "GrantVariation decisions are taken by the Grants manager up to £10,000 and by the Deputy Mayor up to £50,000 and by the Mayor above that.",
            Scheme.WhoDecides(DecisionType.GrantVariation));
    }

    [Fact]
    public void Validate_SoundScheme_HasNoErrors() => Assert.Empty(SchemeValidator.Validate(Scheme, ["Leadership"]));

    [Fact]
    public void Validate_UnlimitedRungBeforeTheLast_IsAnError()
    {
        var broken = Scheme with { Decisions = [.. Scheme.Decisions.Select((d, i) => i == 0 ? d with { Delegations = [new("mayor"), new("deputy-mayor")] } : d)] };

        var errors = SchemeValidator.Validate(broken, ["Leadership"]);

        Assert.Contains(errors, e => e.Field == "decisions[0].delegations[0].upTo");
    }
}
