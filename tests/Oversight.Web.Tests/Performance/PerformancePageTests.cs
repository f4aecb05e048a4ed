using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Accounts;
using Oversight.Domain.Performance.Spc;
using Oversight.Domain.Plan;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Performance;

/// Each test stores its own series under a measure and district no other test uses.
public abstract class PerformancePageTests(HostFixture host)
{
    [Fact]
    public async Task Matrix_WithASeries_ShowsLatestValueIconsAndChange()
    {
        // Arrange
        await TestObservations.AddAsync(host, "knife-crime", "bradford", TestObservations.Rising());
        var client = await host.ClientForRoleAsync(Roles.Analyst);

        // Act
        var document = await (await client.GetAsync("/performance?area=bradford", TestContext.Current.CancellationToken)).GetDocumentAsync();

        // Assert
        var row = document.QuerySelector("[data-testid=measure-knife-crime]")!;
        Assert.Equal("130December 2024", row.QuerySelector("[data-testid=latest]")?.TextContent);
        Assert.Equal("special_cause_concern_high", row.QuerySelector("[data-testid=variation]")?.GetAttribute("data-icon"));
        Assert.Contains("Special cause – concern (high)", row.QuerySelector("[data-testid=variation]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Up 2.6%", row.QuerySelector("[data-testid=change]")?.TextContent);
        Assert.Equal("/performance/measures/knife-crime?area=bradford", row.QuerySelector("a")?.GetAttribute("href"));
        Assert.Contains("Concern", document.QuerySelectorAll("[data-testid=suggestion]").Select(s => s.TextContent).First(t => t.Contains("Concern", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Matrix_ViewedThenGivenANewSeries_ShowsTheNewValuesNotTheCachedOnes()
    {
        // Arrange: the area has values and its judgements are cached after the first view.
        await TestObservations.AddAsync(host, "asb-case-reviews", "wakefield", TestObservations.Rising());
        var client = await host.ClientForRoleAsync(Roles.Analyst);
        var before = await (await client.GetAsync("/performance?area=wakefield", TestContext.Current.CancellationToken)).GetDocumentAsync();

        // Act
        await TestObservations.AddAsync(host, "anti-social-use-of-vehicles", "wakefield", TestObservations.Rising());
        var after = await (await client.GetAsync("/performance?area=wakefield", TestContext.Current.CancellationToken)).GetDocumentAsync();

        // Assert
        Assert.DoesNotContain("December 2024", before.QuerySelector("[data-testid=measure-anti-social-use-of-vehicles]")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("December 2024", after.QuerySelector("[data-testid=measure-anti-social-use-of-vehicles] [data-testid=latest]")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Matrix_FilteredToAnotherArea_ShowsNoDataYetForThatMeasure()
    {
        // Arrange
        await TestObservations.AddAsync(host, "knife-enabled-robbery", "calderdale", TestObservations.Rising());
        var client = await host.ClientForRoleAsync(Roles.Leadership);

        // Act
        var calderdale = await (await client.GetAsync("/performance?area=calderdale", TestContext.Current.CancellationToken)).GetDocumentAsync();
        var wakefield = await (await client.GetAsync("/performance?area=wakefield", TestContext.Current.CancellationToken)).GetDocumentAsync();

        // Assert
        Assert.Null(calderdale.QuerySelector("[data-testid=measure-knife-enabled-robbery] [data-testid=no-data]"));
        Assert.Equal("No data yet", wakefield.QuerySelector("[data-testid=measure-knife-enabled-robbery] [data-testid=no-data]")?.TextContent);
        Assert.Equal("wakefield", wakefield.QuerySelector("#area option[selected]")?.GetAttribute("value"));
        Assert.Equal(7, wakefield.QuerySelectorAll("[data-testid=theme]").Length);
    }

    [Fact]
    public async Task Matrix_ForAnUnknownArea_ReturnsNotFound()
    {
        var client = await host.ClientForRoleAsync(Roles.Analyst);

        var response = await client.GetAsync("/performance?area=atlantis", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task MeasurePage_WithASeries_ShowsChartTableAndProvenance()
    {
        // Arrange: a measure and area no other test writes to, because the host's database is shared.
        var import = await TestObservations.AddAsync(host, "fatal-collisions", "kirklees", TestObservations.Rising());
        var client = await host.ClientForRoleAsync(Roles.Analyst);

        // Act
        var document = await (await client.GetAsync("/performance/measures/fatal-collisions?area=kirklees", TestContext.Current.CancellationToken)).GetDocumentAsync();

        // Assert
        var chart = document.QuerySelector("[data-testid=chart] svg")!;
        Assert.Equal("img", chart.GetAttribute("role"));
        Assert.Contains("Fatal", chart.QuerySelector("desc")?.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(24, chart.QuerySelectorAll("[data-testid=marker]").Length);
        Assert.Equal(24, document.QuerySelectorAll("[data-testid=point]").Length);
        Assert.Equal("concern", document.QuerySelectorAll("[data-testid=point]")[^1].GetAttribute("data-special-cause"));
        var provenance = document.QuerySelector("[data-testid=provenance]")?.TextContent;
        Assert.Contains(import.FileName, provenance, StringComparison.Ordinal);
        Assert.Contains(import.Sha256, provenance, StringComparison.Ordinal);
        Assert.Contains("test-importer", provenance, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MeasurePage_WithNoData_SaysSo()
    {
        var client = await host.ClientForRoleAsync(Roles.Analyst);

        var document = await (await client.GetAsync("/performance/measures/arrests?area=wakefield", TestContext.Current.CancellationToken)).GetDocumentAsync();

        Assert.Contains("No data yet", document.QuerySelector("[data-testid=no-data]")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("[data-testid=measure-definition]"));
    }

    [Theory]
    [InlineData("/performance/measures/no-such-measure")]
    [InlineData("/performance/measures/no-such-measure/series.csv")]
    [InlineData("/api/measures/no-such-measure/judgement")]
    [InlineData("/performance/measures/homicide?area=atlantis")]
    public async Task Get_UnknownMeasureOrArea_ReturnsNotFound(string url)
    {
        var client = await host.ClientForRoleAsync(Roles.Analyst);

        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task SeriesCsv_ForASeries_ListsEveryPeriodWithItsLimitsAndSpecialCause()
    {
        // Arrange
        var values = TestObservations.Rising();
        await TestObservations.AddAsync(host, "stalking-and-harassment", "leeds", values);
        var improvement = host.Factory.Services.GetRequiredService<PoliceAndCrimePlan>().FindMeasure("stalking-and-harassment")!.Improvement;
        var expected = SpcChart.Judge(values.Select((v, i) => new SpcObservation(new DateOnly(2023, 1, 1).AddMonths(i).ToString("yyyy-MM"), v)), new SpcOptions { Improvement = improvement });
        var client = await host.ClientForRoleAsync(Roles.Analyst);

        // Act
        var response = await client.GetAsync("/performance/measures/stalking-and-harassment/series.csv?area=leeds", TestContext.Current.CancellationToken);
        var lines = (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).TrimEnd('\r', '\n').Split("\r\n");

        // Assert
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("period,value,mean,lpl,upl,special_cause", lines[0]);
        Assert.Equal(25, lines.Length);
        var last = expected.Points[^1];
        Assert.Equal(FormattableString.Invariant($"2024-12,130,{last.Mean:R},{last.Lower:R},{last.Upper:R},{SpcNames.Of(last.SpecialCause)}"), lines[^1]);
        Assert.NotEqual(SpecialCause.None, last.SpecialCause);
    }

    [Fact]
    public async Task ObservationsApi_ForASeries_ReturnsEveryCurrentValueInOrder()
    {
        // Arrange
        await TestObservations.AddAsync(host, "domestic-abuse", "bradford", 5, 7, 6);
        var client = await host.ClientForRoleAsync(Roles.Analyst);

        // Act
        var json = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/measures/domestic-abuse/observations?area=bradford", TestContext.Current.CancellationToken)).RootElement;

        // Assert
        Assert.Equal(["2023-01", "2023-02", "2023-03"], json.EnumerateArray().Select(o => o.GetProperty("period").GetString()));
        Assert.Equal([5.0, 7.0, 6.0], json.EnumerateArray().Select(o => o.GetProperty("value").GetDouble()));
    }

    [Fact]
    public async Task MeasuresApi_AsAnalyst_ListsEveryPlanMeasureWithItsTheme()
    {
        var client = await host.ClientForRoleAsync(Roles.Analyst);

        var json = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/measures", TestContext.Current.CancellationToken)).RootElement;

        var total = json.EnumerateArray().Single(m => m.GetProperty("id").GetString() == "total-crime");
        Assert.Equal("rate-per-1000", total.GetProperty("unit").GetString());
        Assert.Equal("monthly", total.GetProperty("frequency").GetString());
        Assert.Equal("decrease", total.GetProperty("improvement").GetString());
        Assert.False(string.IsNullOrEmpty(total.GetProperty("theme").GetString()));
    }

    [Theory]
    [InlineData(Roles.PartnerUser)]
    [InlineData(Roles.Volunteer)]
    [InlineData(Roles.Applicant)]
    public async Task Api_AsRoleWithoutPerformance_ReturnsForbidden(string role)
    {
        var client = await host.ClientForRoleAsync(role);

        foreach (var url in new[] { "/api/measures", "/api/measures/total-crime/observations", "/api/measures/total-crime/judgement?area=leeds" })
        {
            var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    [Fact]
    public async Task OpenApiDocument_Anonymously_DescribesTheMeasuresApi()
    {
        var client = host.Factory.CreateBrowserlessClient();

        var json = await client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);

        Assert.Contains("/api/measures/{id}/judgement", json, StringComparison.Ordinal);
    }
}

public sealed class PerformancePageTestsOnSqlite(SqliteHost host) : PerformancePageTests(host);

public sealed class PerformancePageTestsOnPostgres(PostgresHost host) : PerformancePageTests(host);
