using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Cli.Tests.Spc;
using Oversight.Core.Demo;
using Oversight.Domain.Performance.Periods;
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
        var report = await (await anonymous.GetAsync("/reports/" + DemoPerformance.PublishedQuarter.Replace(' ', '-').ToLowerInvariant(), ct)).GetDocumentAsync();

        // Assert
        var judged = 0;
        foreach (var measure in plan.Measures)
        {
            var row = report.QuerySelector($"[data-testid=measure-{measure.Id}]");
            Assert.True(row is not null, $"{measure.Id} is missing from the published report");
            // The report judges the periods up to its quarter's end; the demo's series run on to the last complete month.
            var cutOff = ReportingPeriodParser.Parse(DemoPerformance.PublishedQuarter, MeasureFrequency.Quarterly).End;
            IReadOnlyList<(string Period, double Value)> series = [.. (await host.SeriesAsync(measure.Id, "force")).Where(p => ReportingPeriodParser.Parse(p.Period, measure.Frequency).Start <= cutOff)];
            string[] target = Target(measure, series) is double t ? ["--target", t.ToString("R", CultureInfo.InvariantCulture)] : [];
            var cli = await SpcCli.RunAsync(SpcCli.Csv(series), ["--improvement", measure.Improvement.ToString().ToLowerInvariant(), .. target]);
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

    [Fact]
    public async Task Matrix_OnTheDemo_ShowsAssuranceForEveryMeasureWithATargetAndEnoughData()
    {
        // Arrange
        var ct = TestContext.Current.CancellationToken;
        var plan = host.Factory.Services.GetRequiredService<PoliceAndCrimePlan>();
        var client = await host.AnalystAsync();

        // Act
        var matrix = await (await client.GetAsync("/performance?area=force", ct)).GetDocumentAsync();
        var page = await (await client.GetAsync("/performance/measures/homicide?area=force", ct)).GetDocumentAsync();

        // Assert
        var assured = 0;
        foreach (var measure in plan.Measures.Where(m => m.Target is not null))
        {
            var row = matrix.QuerySelector($"[data-testid=measure-{measure.Id}]")!;
            if (string.IsNullOrEmpty(row.QuerySelector("[data-testid=variation]")?.GetAttribute("data-icon")))
            {
                continue;
            }

            Assert.True(!string.IsNullOrEmpty(row.QuerySelector("[data-testid=assurance]")?.GetAttribute("data-icon")), $"{measure.Id} has a target and data but no assurance icon");
            Assert.NotNull(row.QuerySelector("[data-testid=target]"));
            assured++;
        }

        Assert.True(assured >= 30, $"Only {assured} measures show assurance");
        Assert.Contains("Invented for the demo", page.QuerySelector("[data-testid=target-definition]")!.TextContent, StringComparison.Ordinal);
    }

    // The value the matrix judges the latest point against, worked out here from the plan's target and the stored series.
    private static double? Target(Measure measure, IReadOnlyList<(string Period, double Value)> series)
    {
        if (measure.Target is not { } target || series.Count == 0)
        {
            return null;
        }

        var starts = series.Select(p => (ReportingPeriodParser.Parse(p.Period, measure.Frequency).Start, p.Value)).ToList();
        return target.For(starts[^1].Start, measure.Frequency, starts);
    }

    private static List<(string Period, string SpecialCause)> Points(JsonElement judgement) =>
        [.. judgement.GetProperty("points").EnumerateArray().Select(p => (p.GetProperty("period").GetString()!, p.GetProperty("special_cause").GetString()!))];
}

public sealed class JudgementConsistencyTestsOnSqlite(DemoSqliteHost host) : JudgementConsistencyTests(host), IClassFixture<DemoSqliteHost>;

public sealed class JudgementConsistencyTestsOnPostgres(DemoPostgresHost host) : JudgementConsistencyTests(host), IClassFixture<DemoPostgresHost>;
