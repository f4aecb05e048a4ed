using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Accounts;
using Oversight.Domain;
using Oversight.Domain.Plan;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Performance;

/// The partnership dashboard, its CSV and its API, for partners under an agreement and for the office.
/// Runs on a host of its own because it creates agreements and moves the clock; each test uses its own
/// partner organisation, measure and area.
public abstract class PartnershipDashboardTests(ClockHost host)
{
    // In the police-open-data dataset (owned by West Yorkshire Police), which the agreements share.
    private const string Granted = "possession-of-weapons";

    // In the nhs-violence dataset, which no agreement here shares.
    private const string NotGranted = "hospital-admissions-knife-enabled-assault";
    private const string NotGrantedName = "Hospital admissions for knife enabled assault";

    private const string Months2024 = "from-month=1&from-year=2024&to-month=12&to-year=2024";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Partner_UnderAnAgreement_SeesGrantedMeasuresAndNothingElseInPickerPageCsvAndApi()
    {
        // Arrange
        await TestObservations.AddAsync(host, Granted, "leeds", TestObservations.Rising());
        await TestObservations.AddAsync(host, NotGranted, "leeds", TestObservations.Rising());
        var today = UkTime.Today(host.Clock);
        await CreateAgreementAsync("leeds-city-council", today.AddDays(-30), today.AddDays(365));
        var partner = await host.SignedInClientAsync(Roles.PartnerUser);

        // Act
        var picker = await (await partner.GetAsync("/partnership", Cancel)).GetDocumentAsync();
        var page = await (await partner.GetAsync($"/partnership?measures={Granted}&measures={NotGranted}&area=leeds&{Months2024}", Cancel)).GetDocumentAsync();
        var export = page.QuerySelector("[data-testid=export-link]")?.GetAttribute("href") ?? "";
        var csv = await partner.GetStringAsync(export, Cancel);
        var crafted = await partner.GetAsync($"/partnership/export.csv?measures={Granted}&measures={NotGranted}&area=leeds&{Months2024}", Cancel);
        var list = JsonDocument.Parse(await partner.GetStringAsync("/api/partnership/measures", Cancel));
        var grantedValues = JsonDocument.Parse(await partner.GetStringAsync($"/api/partnership/measures/{Granted}/observations?area=leeds", Cancel));
        var refusedValues = await partner.GetAsync($"/api/partnership/measures/{NotGranted}/observations?area=leeds", Cancel);

        // Assert: the picker offers only the shared dataset's measures.
        var offered = picker.QuerySelectorAll("input[name=measures]").Select(i => i.GetAttribute("value")).ToList();
        Assert.Contains(Granted, offered);
        Assert.DoesNotContain(NotGranted, offered);
        Assert.DoesNotContain("homicide", offered);

        // It lands on the answer: the partner's district, each measure's latest value, the choices folded away.
        var landed = picker.QuerySelector($"[data-testid=summary-{Granted}]")!;
        Assert.Equal(["Possession of weapons", "Dec 2024", "130"], landed.QuerySelectorAll("td").Take(3).Select(td => td.TextContent.Trim()));
        Assert.Contains($"measures={Granted}", landed.QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains("area=leeds", landed.QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Null(picker.QuerySelector($"[data-testid=summary-{NotGranted}]"));
        Assert.False(picker.QuerySelector("[data-testid=choose]")!.HasAttribute("open"));
        Assert.Empty(picker.QuerySelectorAll("[data-testid=chart]"));

        // The page shows the granted series in range, and says what it left out.
        var series = page.QuerySelector($"[data-testid=series-{Granted}]")!;
        Assert.NotNull(series.QuerySelector("[data-testid=chart] svg"));
        var points = series.QuerySelectorAll("[data-testid=point]");
        Assert.Equal(12, points.Length);
        Assert.Equal("2024-12", points[^1].GetAttribute("data-period"));
        Assert.Equal("130", points[^1].QuerySelector("[data-testid=value]")?.TextContent);
        Assert.Null(page.QuerySelector($"[data-testid=series-{NotGranted}]"));
        Assert.Contains(NotGrantedName, page.QuerySelector("[data-testid=refused]")?.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(NotGranted, export, StringComparison.Ordinal);

        // The CSV holds the same rows; asking for the other measure gets nothing.
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("measure_id,measure,area,period,value,mean,lpl,upl,special_cause", rows[0]);
        Assert.Equal(12, rows.Length - 1);
        Assert.All(rows.Skip(1), r => Assert.StartsWith($"{Granted},Possession of weapons,leeds,2024-", r, StringComparison.Ordinal));
        Assert.Contains(",leeds,2024-12,130,", rows[^1], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, crafted.StatusCode);

        // The API lists and serves only what the agreement grants.
        var ids = list.RootElement.EnumerateArray().Select(m => m.GetProperty("id").GetString()).ToList();
        Assert.Contains(Granted, ids);
        Assert.DoesNotContain(NotGranted, ids);
        Assert.Equal(24, grantedValues.RootElement.GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, refusedValues.StatusCode);
    }

    [Fact]
    public async Task Partner_TheDayBeforeTheAgreementStarts_SeesNothingAndOnTheStartDaySeesTheMeasure()
    {
        // Arrange
        await TestObservations.AddAsync(host, Granted, "kirklees", TestObservations.Rising());
        var starts = UkTime.Today(host.Clock).AddDays(10);
        await CreateAgreementAsync("kirklees-council", starts, starts.AddDays(30));
        var email = await host.CreateUserAsync(Roles.PartnerUser, "kirklees-council");
        var selection = $"/partnership?measures={Granted}&area=kirklees&{Months2024}";

        // Act and assert: the day before
        var before = await host.SignInOnAsync(email, starts.AddDays(-1));
        Assert.NotNull((await (await before.GetAsync("/partnership", Cancel)).GetDocumentAsync()).QuerySelector("[data-testid=no-measures]"));
        var refused = await (await before.GetAsync(selection, Cancel)).GetDocumentAsync();
        Assert.Null(refused.QuerySelector($"[data-testid=series-{Granted}]"));
        Assert.Contains("Possession of weapons", refused.QuerySelector("[data-testid=refused]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await before.GetAsync($"/partnership/export.csv?measures={Granted}&area=kirklees&{Months2024}", Cancel)).StatusCode);
        Assert.Equal(0, JsonDocument.Parse(await before.GetStringAsync("/api/partnership/measures", Cancel)).RootElement.GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await before.GetAsync($"/api/partnership/measures/{Granted}/observations?area=kirklees", Cancel)).StatusCode);

        // and the day it starts
        var first = await host.SignInOnAsync(email, starts);
        var page = await (await first.GetAsync(selection, Cancel)).GetDocumentAsync();
        Assert.Equal(12, page.QuerySelectorAll($"[data-testid=series-{Granted}] [data-testid=point]").Length);
        Assert.Null(page.QuerySelector("[data-testid=refused]"));
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync($"/api/partnership/measures/{Granted}/observations?area=kirklees", Cancel)).StatusCode);
    }

    [Fact]
    public async Task Analyst_SeesEveryMeasureWithNoAgreement()
    {
        // Arrange
        await TestObservations.AddAsync(host, NotGranted, "wakefield", TestObservations.Rising());
        var analyst = await host.SignedInClientAsync(Roles.Analyst);
        var plan = host.Factory.Services.GetRequiredService<PoliceAndCrimePlan>();

        // Act
        var picker = await (await analyst.GetAsync("/partnership", Cancel)).GetDocumentAsync();
        var page = await (await analyst.GetAsync($"/partnership?measures={NotGranted}&area=wakefield&{Months2024}", Cancel)).GetDocumentAsync();
        var csv = await analyst.GetStringAsync($"/partnership/export.csv?measures={NotGranted}&area=wakefield&{Months2024}", Cancel);
        var list = JsonDocument.Parse(await analyst.GetStringAsync("/api/partnership/measures", Cancel));

        // Assert
        Assert.Equal(plan.Measures.Count(), picker.QuerySelectorAll("input[name=measures]").Length);
        Assert.Equal(12, page.QuerySelectorAll($"[data-testid=series-{NotGranted}] [data-testid=point]").Length);
        Assert.Equal(13, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(plan.Measures.Count(), list.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Selection_WithNoMeasureAndMonthsTheWrongWayRound_ShowsBothErrors()
    {
        var analyst = await host.SignedInClientAsync(Roles.Analyst);

        var page = await (await analyst.GetAsync("/partnership?area=force&from-month=6&from-year=2024&to-month=1&to-year=2024", Cancel)).GetDocumentAsync();

        var summary = page.QuerySelector(".govuk-error-summary")?.TextContent;
        Assert.Contains("Select at least one measure", summary, StringComparison.Ordinal);
        Assert.Contains("The last month must be the same as or after the first month", summary, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("[data-testid=chart]"));
        Assert.Equal(HttpStatusCode.NotFound, (await analyst.GetAsync("/partnership?area=atlantis", Cancel)).StatusCode);
    }

    private async Task CreateAgreementAsync(string partner, DateOnly starts, DateOnly ends)
    {
        var admin = await host.SignedInClientAsync(Roles.Administrator);
        var response = await admin.PostFormAsync("/admin/agreements/new", new Dictionary<string, string>
        {
            ["Title"] = $"Police open data for {partner}",
            ["Purpose"] = "Serious Violence Duty partnership dashboard",
            ["Starts.Day"] = starts.Day.ToString(CultureInfo.InvariantCulture),
            ["Starts.Month"] = starts.Month.ToString(CultureInfo.InvariantCulture),
            ["Starts.Year"] = starts.Year.ToString(CultureInfo.InvariantCulture),
            ["Ends.Day"] = ends.Day.ToString(CultureInfo.InvariantCulture),
            ["Ends.Month"] = ends.Month.ToString(CultureInfo.InvariantCulture),
            ["Ends.Year"] = ends.Year.ToString(CultureInfo.InvariantCulture),
            ["Datasets"] = "police-open-data",
            ["Partners"] = partner,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}

public sealed class PartnershipDashboardTestsOnSqlite(SqliteClockHost host) : PartnershipDashboardTests(host), IClassFixture<SqliteClockHost>;

public sealed class PartnershipDashboardTestsOnPostgres(PostgresClockHost host) : PartnershipDashboardTests(host), IClassFixture<PostgresClockHost>;
