using System.Text.Json;
using Oversight.Domain.Performance.Spc;

namespace Oversight.Domain.Tests.Performance.Spc;

/// <summary>Every expectation NHSRplotthedots' tests and vignettes assert for whole series (METHOD.md §9.1–9.2), one test case per expectation.</summary>
public class NhsrSeriesFixtureTests
{
    private static readonly string[] PrintingKeys = ["digits", "signif", "decimals"];

    public static TheoryData<string, string> Checks()
    {
        var data = new TheoryData<string, string>();
        foreach (var series in SpcFixtures.Series)
        {
            foreach (var key in series.GetProperty("expected").EnumerateObject().Select(p => p.Name).Except(PrintingKeys))
            {
                data.Add(series.GetProperty("id").GetString()!, key);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Checks))]
    public void Judge_NhsrFixtureSeries_MatchesPackageExpectation(string id, string key)
    {
        var series = SpcFixtures.SeriesById(id);
        var expected = series.GetProperty("expected");
        var result = SpcChart.Judge(FixtureReading.Observations(series), FixtureReading.Options(series.GetProperty("settings"), SpcProfile.NhsrPlotTheDots));
        var value = expected.GetProperty(key);
        switch (key)
        {
            case "mean":
                Assert.Equal(value.GetDouble(), FixtureReading.Rounded(result.Groups[0].Mean, expected), 12);
                break;
            case "lpl":
                Assert.Equal(value.GetDouble(), FixtureReading.Rounded(result.Groups[0].Lower!.Value, expected), 12);
                break;
            case "upl":
                Assert.Equal(value.GetDouble(), FixtureReading.Rounded(result.Groups[0].Upper!.Value, expected), 12);
                break;
            case "relative_to_mean_first":
                var signs = value.EnumerateArray().Select(v => v.GetInt32()).ToArray();
                Assert.Equal(signs, result.Points.Take(signs.Length).Select(p => Math.Sign(p.Value - p.Mean)));
                break;
            case "special_cause_counts":
                var counts = value.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
                Assert.Equal(counts, result.Points.GroupBy(p => SpcNames.Of(p.SpecialCause)).ToDictionary(g => g.Key, g => g.Count()));
                break;
            case "special_cause":
                Assert.Equal(Strings(value), result.Points.Select(p => SpcNames.Of(p.SpecialCause)));
                break;
            case "last_point_types":
                var types = Strings(value);
                Assert.Equal(types, result.Points.TakeLast(types.Length).Select(p => SpcNames.Of(p.Variation)));
                break;
            case "variation_icon":
                Assert.Equal(value.GetString(), result.VariationIcon is { } v ? SpcNames.Of(v) : null);
                break;
            case "assurance_icon":
                Assert.Equal(value.GetString(), result.AssuranceIcon is { } a ? SpcNames.Of(a) : null);
                break;
            case "groups":
                Assert.Equal(value.GetInt32(), result.Groups.Count);
                break;
            case "group_sizes":
                Assert.Equal(value.EnumerateArray().Select(v => v.GetInt32()), result.Groups.Select(g => g.Count));
                break;
            default:
                Assert.Fail($"Fixture {id} has an expectation '{key}' this test does not know how to check.");
                break;
        }
    }

    private static string?[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(v => v.GetString())];
}
