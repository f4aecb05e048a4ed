using System.Text.Json;
using Oversight.Domain.Performance;
using Oversight.Domain.Performance.Spc;

namespace Oversight.Domain.Tests.Performance.Spc;

/// <summary>The package's unit tests of its rule helpers, assurance and short-group flag (METHOD.md §9.3), one test case per fixture.</summary>
public class NhsrRuleFixtureTests
{
    private static readonly SpcProfile Profile = SpcProfile.NhsrPlotTheDots;

    public static TheoryData<string, int> RuleCases()
    {
        var data = new TheoryData<string, int>();
        foreach (var rule in new[] { "trend", "shift", "two_in_three" })
        {
            var count = SpcFixtures.Root.GetProperty("rules").GetProperty(rule).GetArrayLength();
            for (var i = 0; i < count; i++)
            {
                data.Add(rule, i);
            }
        }

        return data;
    }

    public static TheoryData<int> AssuranceCases() => Indices(SpcFixtures.Root.GetProperty("assurance").GetProperty("cases"));

    public static TheoryData<int> ShortGroupCases() => Indices(SpcFixtures.Root.GetProperty("short_group_warning").GetProperty("cases"));

    [Theory]
    [MemberData(nameof(RuleCases))]
    public void MarkRule_PackageUnitTestInput_FlagsExpectedPoints(string rule, int index)
    {
        var fixture = SpcFixtures.Root.GetProperty("rules").GetProperty(rule)[index];
        var expected = Ints(fixture.GetProperty(rule == "two_in_three" ? "flagged" : "members"));
        var rules = new SpcRules[expected.Length];
        SpcRules flag;
        switch (rule)
        {
            case "trend":
                RunRules.MarkTrends(Doubles(fixture.GetProperty("y")), Profile.TrendLength, rules);
                flag = fixture.TryGetProperty("direction", out var d) && d.GetString() == "decreasing" ? SpcRules.TrendDecreasing : SpcRules.TrendIncreasing;
                break;
            case "shift":
                // The helper is given sides of the mean, so the values are the signs and the mean is 0.
                RunRules.MarkShifts(Doubles(fixture.GetProperty("rtm")), 0, Profile.ShiftLength, rules);
                flag = SpcRules.ShiftAbove | SpcRules.ShiftBelow;
                break;
            default:
                var close = Ints(fixture.GetProperty("close"));
                var sides = Ints(fixture.GetProperty("rtm"));
                // Mean 0, two-sigma lines at ±2, limits at ±3: a "close" point sits at ±2.5, others at ±1.
                var values = close.Zip(sides, (c, s) => s * (c == 1 ? 2.5 : 1.0)).ToArray();
                var limits = new SpcGroupLimits { Mean = 0, Lower = -3, Upper = 3, LowerTwoSigma = -2, UpperTwoSigma = 2 };
                PointRules.MarkTwoInThree(values, limits, Profile.TwoInThreeCountsPointsBeyondLimits, rules);
                flag = SpcRules.TwoInThreeAbove | SpcRules.TwoInThreeBelow;
                break;
        }

        Assert.Equal(expected, rules.Select(r => (r & flag) != 0 ? 1 : 0));
    }

    [Theory]
    [MemberData(nameof(AssuranceCases))]
    public void JudgeAssurance_PackageUnitTestLimits_GivesExpectedIcon(int index)
    {
        var fixture = SpcFixtures.Root.GetProperty("assurance").GetProperty("cases")[index];
        var icon = AssuranceRule.Judge(
            fixture.GetProperty("target").GetDouble(),
            fixture.GetProperty("lpl").GetDouble(),
            fixture.GetProperty("upl").GetDouble(),
            FixtureReading.Direction(fixture.GetProperty("improvement").GetString()!),
            Profile.InclusiveAssurance);
        Assert.Equal(fixture.GetProperty("expected").GetString(), icon is { } a ? SpcNames.Of(a) : null);
    }

    [Theory]
    [MemberData(nameof(ShortGroupCases))]
    public void Judge_GroupOfGivenSize_WarnsOnlyBelowThreshold(int index)
    {
        var fixture = SpcFixtures.Root.GetProperty("short_group_warning").GetProperty("cases")[index];
        var n = fixture.GetProperty("n").GetInt32();
        var profile = Profile with { ShortGroupThreshold = fixture.GetProperty("threshold").GetInt32() };
        var values = Enumerable.Range(0, n).Select(i => Math.Sin(i)).ToArray();
        var summary = SpcEngine.Judge(values, [], new SpcOptions { Profile = profile, Improvement = ImprovementDirection.Increase }, new SpcWorkspace());
        Assert.Equal(fixture.GetProperty("warn").GetBoolean(), summary.Warnings.HasFlag(SpcWarnings.ShortGroup));
    }

    private static TheoryData<int> Indices(JsonElement array)
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < array.GetArrayLength(); i++)
        {
            data.Add(i);
        }

        return data;
    }

    private static int[] Ints(JsonElement array) => [.. array.EnumerateArray().Select(v => v.GetInt32())];

    private static double[] Doubles(JsonElement array) => [.. array.EnumerateArray().Select(v => v.GetDouble())];
}
