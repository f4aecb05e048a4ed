using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Domain.Plan;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Plan;

public abstract class PlanPageTests(HostFixture host)
{
    [Fact]
    public async Task Get_Anonymous_ShowsEveryPriorityThemeAndMeasure()
    {
        var plan = host.Factory.Services.GetRequiredService<PoliceAndCrimePlan>();

        var document = await (await host.Factory.CreateBrowserlessClient().GetAsync("/plan", TestContext.Current.CancellationToken)).GetDocumentAsync();

        var text = document.QuerySelector("main")!.TextContent;
        Assert.All(plan.Priorities, p => Assert.Contains(p.Title, text, StringComparison.Ordinal));
        Assert.All(plan.CrossCuttingThemes, t => Assert.Contains(t.Title, text, StringComparison.Ordinal));
        Assert.Equal(plan.PerformanceThemes.Count, document.QuerySelectorAll("[data-testid=theme]").Length);
        Assert.Equal(plan.Measures.Count(), document.QuerySelectorAll("[data-testid=theme] tbody tr").Length);
    }

    [Fact]
    public async Task Measure_Known_ShowsItsDefinition()
    {
        var document = await (await host.Factory.CreateBrowserlessClient().GetAsync("/plan/measures/homicide", TestContext.Current.CancellationToken)).GetDocumentAsync();

        Assert.Equal("Homicide", document.QuerySelector("h1")?.TextContent);
        Assert.Contains("West Yorkshire Police", document.QuerySelector("[data-testid=measure-definition]")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Measure_Unknown_Is404()
    {
        var response = await host.Factory.CreateBrowserlessClient().GetAsync("/plan/measures/not-a-measure", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Api_Plan_ReturnsThePlanWithWordsForEnums()
    {
        var json = await host.Factory.CreateBrowserlessClient().GetStringAsync("/api/plan", TestContext.Current.CancellationToken);

        var root = JsonDocument.Parse(json).RootElement;
        Assert.Equal("west-yorkshire-2024-28", root.GetProperty("id").GetString());
        var measure = root.GetProperty("performanceThemes")[0].GetProperty("measures")[0];
        Assert.Equal("decrease", measure.GetProperty("improvement").GetString());
    }
}

public sealed class PlanPageTestsOnSqlite(SqliteHost host) : PlanPageTests(host);

public sealed class PlanPageTestsOnPostgres(PostgresHost host) : PlanPageTests(host);
