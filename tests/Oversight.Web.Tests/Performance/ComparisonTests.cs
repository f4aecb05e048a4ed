using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Accounts;
using Oversight.Core.Data;
using Oversight.Core.Performance.National;
using Oversight.Core.Performance.PoliceData;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Performance;

/// Monthly counts for 2040, a year no other test imports, so the comparison sees only these three forces.
public abstract class ComparisonTests(HostFixture host)
{
    [Fact]
    public async Task Api_DrugsOffences_GivesRatesRankAndJudgementWorkedOutByHand()
    {
        await AddCountsAsync();
        var client = await host.ClientForRoleAsync(Roles.Analyst);

        var json = JsonDocument.Parse(await client.GetStringAsync("/api/measures/drugs-offences/comparison?area=force&to=2040-12", TestContext.Current.CancellationToken)).RootElement;

        // Census 2021 populations: West Yorkshire 12 × 100 = 1,200 over 2,351,579 → 0.510; Merseyside 1,800 / 1,423,286
        // → 1.265; Northumbria 960 / 1,447,760 → 0.663; group 2,760 / 2,871,046 → 0.961; all three 3,960 / 5,222,625 → 0.758.
        // 1,200's exact 95% interval is about 1,133 to 1,270 (0.482 to 0.540 per 1,000), below the group's 0.961.
        Assert.Equal("drugs-offences", json.GetProperty("measure").GetString());
        Assert.Equal(("force", "2040-01", "2040-12"), (json.GetProperty("area").GetString(), json.GetProperty("from").GetString(), json.GetProperty("to").GetString()));
        var force = json.GetProperty("force");
        Assert.Equal(("west-yorkshire", 1200, 2_351_579, 0.51), (force.GetProperty("id").GetString(), force.GetProperty("count").GetInt32(), force.GetProperty("population").GetInt32(), force.GetProperty("rate_per_1000").GetDouble()));
        Assert.Equal(["merseyside", "northumbria"], json.GetProperty("group").EnumerateArray().Select(g => g.GetProperty("id").GetString()));
        Assert.Equal(0.961, json.GetProperty("group_rate_per_1000").GetDouble());
        Assert.Equal(0.758, json.GetProperty("england_wales_rate_per_1000").GetDouble());
        Assert.Equal((1, 3), (json.GetProperty("rank").GetInt32(), json.GetProperty("of").GetInt32()));
        // Drugs offences have no better direction (more can mean more proactive policing), so significantly lower, not better.
        Assert.Equal("lower", json.GetProperty("judgement").GetString());
        Assert.False(json.GetProperty("group_official").GetBoolean());
        Assert.Contains("Garwood", json.GetProperty("method").GetString(), StringComparison.Ordinal);
        Assert.Equal(36, json.GetProperty("trend").GetArrayLength());
    }

    [Theory]
    [InlineData("/api/measures/homicide/comparison", HttpStatusCode.NotFound)]
    [InlineData("/api/measures/drugs-offences/comparison?area=leeds", HttpStatusCode.NotFound)]
    [InlineData("/api/measures/drugs-offences/comparison?to=2040-13", HttpStatusCode.BadRequest)]
    public async Task Api_WithoutNationalDataOrWithABadQuery_SaysWhy(string url, HttpStatusCode status)
    {
        var client = await host.ClientForRoleAsync(Roles.Analyst);

        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task MeasurePageAndMatrix_ShowTheComparisonAndTheFallbackGroupLabel()
    {
        await AddCountsAsync();
        var client = await host.ClientForRoleAsync(Roles.Analyst);

        var page = await (await client.GetAsync("/performance/measures/drugs-offences", TestContext.Current.CancellationToken)).GetDocumentAsync();
        var matrix = await (await client.GetAsync("/performance", TestContext.Current.CancellationToken)).GetDocumentAsync();

        Assert.Contains("Labelled fallback group", page.QuerySelector("[data-testid=fallback-group]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("lower", page.QuerySelector("[data-testid=comparison-judgement]")?.TextContent.Trim());
        Assert.Contains("West Yorkshire Police (this force)", page.QuerySelector("[data-testid=comparison-row-force]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, page.QuerySelectorAll("[data-testid=comparison-chart] rect").Length);
        Assert.Contains("lower", matrix.QuerySelector("[data-testid=measure-drugs-offences] [data-testid=comparison]")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Not compared", matrix.QuerySelector("[data-testid=measure-homicide] [data-testid=comparison]")?.TextContent, StringComparison.Ordinal);
    }

    private async Task AddCountsAsync()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OversightDbContext>();
        if (db.NationalCounts.Any(c => c.Month == "2040-01"))
        {
            return;
        }

        foreach (var (force, count) in new[] { ("west-yorkshire", 100), ("merseyside", 150), ("northumbria", 80) })
        {
            for (var month = 1; month <= 12; month++)
            {
                var period = string.Create(CultureInfo.InvariantCulture, $"2040-{month:00}");
                db.NationalCounts.Add(new NationalCount { Force = force, Kind = PoliceFileKind.Street, Month = period, Category = "Drugs", Count = count });
                db.NationalCounts.Add(new NationalCount { Force = force, Kind = PoliceFileKind.Street, Month = period, Category = "Burglary", Count = 7 });
            }
        }

        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}

public sealed class ComparisonTestsOnSqlite(SqliteHost host) : ComparisonTests(host);

public sealed class ComparisonTestsOnPostgres(PostgresHost host) : ComparisonTests(host);
