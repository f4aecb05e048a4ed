using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Cli.Tests.Spc;
using Oversight.Domain.Plan;
using Oversight.TestCommon;

namespace Oversight.Cli.Tests.Performance;

/// The matrix, the measure page and the judgement API say what `oversight spc` says about the same series.
public abstract class JudgementConsistencyTests(DemoHost host)
{
    [Theory]
    [InlineData("neighbourhood-crime")]
    [InlineData("total-crime")]
    [InlineData("shoplifting")]
    [InlineData("stop-and-search")]
    public async Task Judgement_ForALeedsDemoSeries_MatchesTheSpcCommand(string measure)
    {
        // Arrange
        var ct = TestContext.Current.CancellationToken;
        var improvement = host.Factory.Services.GetRequiredService<PoliceAndCrimePlan>().FindMeasure(measure)!.Improvement;
        var series = await host.SeriesAsync(measure, "leeds");
        var cli = SpcCli.Json(await SpcCli.RunAsync(SpcCli.Csv(series), "--improvement", improvement.ToString().ToLowerInvariant()));
        var client = await host.AnalystAsync();

        // Act
        var api = JsonDocument.Parse(await client.GetStringAsync($"/api/measures/{measure}/judgement?area=leeds", ct)).RootElement;
        var page = await (await client.GetAsync($"/performance/measures/{measure}?area=leeds", ct)).GetDocumentAsync();
        var matrix = await (await client.GetAsync("/performance?area=leeds", ct)).GetDocumentAsync();

        // Assert
        Assert.Equal(36, series.Count);
        foreach (var icon in new[] { "variation", "assurance" })
        {
            var expected = cli.GetProperty($"{icon}_icon").GetString();
            Assert.Equal(expected, api.GetProperty($"{icon}_icon").GetString());
            Assert.Equal(expected ?? "", page.QuerySelector($"[data-testid=judgement] [data-testid={icon}]")?.GetAttribute("data-icon"));
            Assert.Equal(expected ?? "", matrix.QuerySelector($"[data-testid=measure-{measure}] [data-testid={icon}]")?.GetAttribute("data-icon"));
        }

        var expectedPoints = Points(cli);
        Assert.Equal(expectedPoints, Points(api));
        Assert.Equal(expectedPoints, page.QuerySelectorAll("[data-testid=point]").Select(r => (r.GetAttribute("data-period")!, r.GetAttribute("data-special-cause")!)).ToList());
    }

    [Fact]
    public async Task PublishedReport_ForEveryForceDemoSeries_MatchesTheSpcCommand()
    {
        // Arrange
        var ct = TestContext.Current.CancellationToken;
        var plan = host.Factory.Services.GetRequiredService<PoliceAndCrimePlan>();
        var anonymous = host.Factory.CreateBrowserlessClient();

        // Act
        var report = await (await anonymous.GetAsync("/reports/2024-25-q4", ct)).GetDocumentAsync();

        // Assert
        var judged = 0;
        foreach (var measure in plan.Measures)
        {
            var row = report.QuerySelector($"[data-testid=measure-{measure.Id}]");
            Assert.True(row is not null, $"{measure.Id} is missing from the published report");
            var cli = await SpcCli.RunAsync(SpcCli.Csv(await host.SeriesAsync(measure.Id, "force")), "--improvement", measure.Improvement.ToString().ToLowerInvariant());
            var judgement = cli.ExitCode == 0 ? SpcCli.Json(cli) : (JsonElement?)null;
            foreach (var icon in new[] { "variation", "assurance" })
            {
                var expected = judgement?.GetProperty($"{icon}_icon").GetString() ?? "";
                Assert.True(expected == row.QuerySelector($"[data-testid={icon}]")?.GetAttribute("data-icon"), $"{measure.Id} {icon}: spc says \"{expected}\"");
            }

            judged += judgement?.GetProperty("variation_icon").GetString() is null ? 0 : 1;
        }

        Assert.True(judged >= 50, $"Only {judged} measures were judged");
    }

    private static List<(string Period, string SpecialCause)> Points(JsonElement judgement) =>
        [.. judgement.GetProperty("points").EnumerateArray().Select(p => (p.GetProperty("period").GetString()!, p.GetProperty("special_cause").GetString()!))];
}

public sealed class JudgementConsistencyTestsOnSqlite(DemoSqliteHost host) : JudgementConsistencyTests(host), IClassFixture<DemoSqliteHost>;

public sealed class JudgementConsistencyTestsOnPostgres(DemoPostgresHost host) : JudgementConsistencyTests(host), IClassFixture<DemoPostgresHost>;
