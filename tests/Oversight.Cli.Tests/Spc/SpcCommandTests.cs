using System.Globalization;
using System.Text.Json;

namespace Oversight.Cli.Tests.Spc;

public class SpcCommandTests
{
    [Theory]
    [InlineData("H5_icons_step_up_increase")]
    [InlineData("H6_icons_step_up_decrease")]
    [InlineData("H7_icons_step_down_increase")]
    [InlineData("H8_icons_step_down_decrease")]
    [InlineData("H9_icons_step_down_neutral")]
    public async Task Spc_PackageIconFixture_PrintsExpectedIcons(string id)
    {
        var series = SpcFixtureFile.Series(id);
        var settings = series.GetProperty("settings");
        var improvement = settings.TryGetProperty("improvement", out var i) ? i.GetString()! : "increase";
        var target = settings.GetProperty("target").GetDouble().ToString("R", CultureInfo.InvariantCulture);
        var json = SpcCli.Json(await SpcCli.RunAsync(SpcFixtureFile.Csv(series), "--profile", "nhsrplotthedots", "--improvement", improvement, "--target", target));
        var expected = series.GetProperty("expected");
        Assert.Equal(expected.GetProperty("variation_icon").GetString(), json.GetProperty("variation_icon").GetString());
        Assert.Equal(expected.GetProperty("assurance_icon").GetString(), json.GetProperty("assurance_icon").GetString());
    }

    [Fact]
    public async Task Spc_DeviationsVignette_PrintsEveryPointWithLimitsCauseAndRules()
    {
        var series = SpcFixtureFile.Series("E_deviations_screened");
        var json = SpcCli.Json(await SpcCli.RunAsync(SpcFixtureFile.Csv(series), "--profile", "nhsrplotthedots"));
        var points = json.GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(series.GetProperty("values").GetArrayLength(), points.Count);
        Assert.Equal(
            series.GetProperty("expected").GetProperty("special_cause").EnumerateArray().Select(e => e.GetString()),
            points.Select(p => p.GetProperty("special_cause").GetString()));
        Assert.Equal(4.6, Math.Round(points[0].GetProperty("upl").GetDouble(), 2));
        Assert.Equal(["outside_upper"], points[4].GetProperty("rule").EnumerateArray().Select(r => r.GetString()));
        Assert.Empty(points[0].GetProperty("rule").EnumerateArray());
    }

    [Fact]
    public async Task Spc_NoScreenOutliers_WidensLimitsAsThePackageDoes()
    {
        var series = SpcFixtureFile.Series("F_deviations_unscreened");
        var json = SpcCli.Json(await SpcCli.RunAsync(SpcFixtureFile.Csv(series), "--profile", "nhsrplotthedots", "--no-screen-outliers"));
        var group = json.GetProperty("groups")[0];
        Assert.Equal(series.GetProperty("expected").GetProperty("upl").GetDouble(), Math.Round(group.GetProperty("upl").GetDouble(), 2));
        Assert.Equal(0, group.GetProperty("moving_ranges_excluded").GetInt32());
    }

    [Fact]
    public async Task Spc_RebaseAtCommaList_StartsGroupsAtThosePeriods()
    {
        var series = SpcFixtureFile.Series("I2_rebase_two_dates");
        var rebase = string.Join(',', series.GetProperty("settings").GetProperty("rebase_at").EnumerateArray().Select(r => r.GetString()));
        var json = SpcCli.Json(await SpcCli.RunAsync(SpcFixtureFile.Csv(series), "--profile", "nhsrplotthedots", "--rebase-at", rebase));
        Assert.Equal(
            series.GetProperty("expected").GetProperty("group_sizes").EnumerateArray().Select(g => g.GetInt32()),
            json.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("points").GetInt32()));
    }

    [Fact]
    public async Task Spc_FixAfter_HoldsLimitsFromTheFirstPoints()
    {
        var csv = SpcCli.Csv(Enumerable.Range(1, 20).Select(i => (i.ToString(CultureInfo.InvariantCulture), (double)(i <= 13 ? i % 2 : 10 + i))));
        var json = SpcCli.Json(await SpcCli.RunAsync(csv, "--fix-after", "13"));
        var points = json.GetProperty("points").EnumerateArray().ToList();
        Assert.All(points, p => Assert.Equal(points[0].GetProperty("upl").GetDouble(), p.GetProperty("upl").GetDouble()));
        Assert.Equal("improvement", points[^1].GetProperty("special_cause").GetString());
        Assert.Equal("special_cause_improvement_high", json.GetProperty("variation_icon").GetString());
    }

    [Fact]
    public async Task Spc_PeriodsOutOfOrder_SortsDatesThenNumbersThenText()
    {
        static async Task<string[]> Periods(string csv) =>
            [.. SpcCli.Json(await SpcCli.RunAsync(csv)).GetProperty("points").EnumerateArray().Select(p => p.GetProperty("period").GetString()!)];
        Assert.Equal(["2023-12-01", "2024-01-01", "2024-02-01"], await Periods("period,value\n2024-02-01,1\n2023-12-01,2\n2024-01-01,3\n"));
        Assert.Equal(["9", "10", "100"], await Periods("period,value\n10,1\n100,2\n9,3\n"));
        Assert.Equal(["Feb", "Jan", "Mar"], await Periods("period,value\nJan,1\nMar,2\nFeb,3\n"));
    }

    [Fact]
    public async Task Spc_NumbersInOutput_RoundTripAtFullPrecisionWhateverTheCulture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("de-DE");
        try
        {
            var result = await SpcCli.RunAsync("period,value\n1,0.1\n2,0.7\n3,1e-7\n");
            var mean = SpcCli.Json(result).GetProperty("points")[0].GetProperty("mean");
            Assert.Equal((0.1 + 0.7 + 1e-7) / 3, mean.GetDouble());
            Assert.Equal(((0.1 + 0.7 + 1e-7) / 3).ToString("R", CultureInfo.InvariantCulture), mean.GetRawText());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public async Task Spc_ShortMdcSeries_PrintsNullLimitsAndIcons()
    {
        var json = SpcCli.Json(await SpcCli.RunAsync("period,value\n1,1\n2,5\n3,2\n", "--target", "3"));
        Assert.Equal(JsonValueKind.Null, json.GetProperty("points")[0].GetProperty("upl").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("variation_icon").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("assurance_icon").ValueKind);
        Assert.NotEmpty(json.GetProperty("warnings").EnumerateArray());
    }

    [Fact]
    public async Task Spc_BuiltProgram_PrintsJsonAndExitsZero()
    {
        var result = await SpcCli.RunProgramAsync(SpcFixtureFile.Csv(SpcFixtureFile.Series("A_rnorm20")), "--profile", "nhsrplotthedots");
        var json = SpcCli.Json(result);
        Assert.Equal(20, json.GetProperty("points").GetArrayLength());
        Assert.Equal("common_cause", json.GetProperty("variation_icon").GetString());
    }

    [Fact]
    public async Task Spc_BuiltProgramBadValue_ExitsTwoWithOneLine()
    {
        var result = await SpcCli.RunProgramAsync("period,value\n1,2\n2,x\n");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("row 3: the value 'x' for period '2' is not a number", result.Error.Trim().Split(": ", 3)[2]);
        Assert.Empty(result.Output);
    }
}
