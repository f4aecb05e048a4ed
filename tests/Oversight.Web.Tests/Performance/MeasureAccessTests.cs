using System.Globalization;
using System.Net;
using System.Text.Json;
using Oversight.Core.Accounts;
using Oversight.Domain;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Performance;

/// Reading another organisation's values through every page and endpoint, with and without an agreement.
/// Runs on a host of its own because it moves the clock.
public abstract class MeasureAccessTests(ClockHost host)
{
    // NHS West Yorkshire owns this measure's dataset ("nhs-violence").
    private const string Measure = "hospital-admissions-knife-enabled-assault";
    private const string MeasureName = "Hospital admissions for knife enabled assault";

    [Fact]
    public async Task Partner_WithNoAgreement_CannotReadAnotherOrganisationsValuesAnywhere()
    {
        // Arrange
        var (owner, upload) = await SeedAsync();
        var partner = await host.SignedInClientAsync(Roles.PartnerUser, "kirklees-council");

        // Act
        var refusals = await StatusesAsync(partner, upload);
        var list = await (await partner.GetAsync("/data", TestContext.Current.CancellationToken)).GetDocumentAsync();

        // Assert
        Assert.All(refusals, r => Assert.True(r.Status == HttpStatusCode.NotFound, $"{r.Url} answered {(int)r.Status}"));
        Assert.DoesNotContain(MeasureName, list.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/data/measures/{Measure}", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Partner_UnderAnAgreement_ReadsFromTheDayItStartsToTheDayItEndsAndNoLonger()
    {
        // Arrange
        var (_, upload) = await SeedAsync();
        var today = UkTime.Today(host.Clock);
        var (starts, ends) = (today.AddDays(10), today.AddDays(15));
        await CreateAgreementAsync(starts, ends);
        var email = await host.CreateUserAsync(Roles.PartnerUser, "leeds-city-council");

        // Act and assert, day by day
        var before = await host.SignInOnAsync(email, starts.AddDays(-1));
        Assert.Equal(HttpStatusCode.NotFound, (await before.GetAsync($"/data/measures/{Measure}", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await before.GetAsync($"/api/measures/{Measure}/values", TestContext.Current.CancellationToken)).StatusCode);

        var first = await host.SignInOnAsync(email, starts);
        var page = await (await first.GetAsync($"/data/measures/{Measure}", TestContext.Current.CancellationToken)).GetDocumentAsync();
        Assert.Contains(page.QuerySelectorAll("[data-testid=values] tbody tr"), row => row.TextContent.Contains("14", StringComparison.Ordinal));
        var json = JsonDocument.Parse(await first.GetStringAsync($"/api/measures/{Measure}/values", TestContext.Current.CancellationToken));
        Assert.Contains(json.RootElement.EnumerateArray(), v => v.GetProperty("value").GetDouble() == 14);
        Assert.Contains(MeasureName, (await (await first.GetAsync("/data", TestContext.Current.CancellationToken)).GetDocumentAsync()).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        // Reading is not supplying, and an owner's pending upload is not shared.
        Assert.Equal(HttpStatusCode.Forbidden, (await first.GetAsync($"/data/measures/{Measure}/template.csv", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await first.GetAsync($"/data/measures/{Measure}/upload", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await first.GetAsync($"/data/uploads/{upload}", TestContext.Current.CancellationToken)).StatusCode);

        var last = await host.SignInOnAsync(email, ends);
        Assert.Equal(HttpStatusCode.OK, (await last.GetAsync($"/data/measures/{Measure}", TestContext.Current.CancellationToken)).StatusCode);

        var after = await host.SignInOnAsync(email, ends.AddDays(1));
        Assert.Equal(HttpStatusCode.NotFound, (await after.GetAsync($"/data/measures/{Measure}", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await after.GetAsync($"/api/measures/{Measure}/values", TestContext.Current.CancellationToken)).StatusCode);
    }

    /// The owner records a value (14) and leaves a second upload awaiting its decision.
    private async Task<(HttpClient Owner, Guid PendingUpload)> SeedAsync()
    {
        var owner = await host.SignedInClientAsync(Roles.PartnerUser, "nhs-west-yorkshire");
        const string header = "period,area,value";
        await owner.UploadAndCommitAsync(Measure, "nhs.csv", MeasureDataClient.Csv(header, $"{TestPeriods.Quarter()},force,14"));
        var pending = await owner.UploadAsync(Measure, "pending.csv", MeasureDataClient.Csv(header, $"{TestPeriods.Quarter()},leeds,3"));
        return (owner, pending);
    }

    private async Task CreateAgreementAsync(DateOnly starts, DateOnly ends)
    {
        var admin = await host.SignedInClientAsync(Roles.Administrator);
        var response = await admin.PostFormAsync("/admin/agreements/new", new Dictionary<string, string>
        {
            ["Title"] = "Knife crime admissions for Leeds",
            ["Purpose"] = "Serious Violence Duty needs assessment",
            ["Starts.Day"] = starts.Day.ToString(CultureInfo.InvariantCulture),
            ["Starts.Month"] = starts.Month.ToString(CultureInfo.InvariantCulture),
            ["Starts.Year"] = starts.Year.ToString(CultureInfo.InvariantCulture),
            ["Ends.Day"] = ends.Day.ToString(CultureInfo.InvariantCulture),
            ["Ends.Month"] = ends.Month.ToString(CultureInfo.InvariantCulture),
            ["Ends.Year"] = ends.Year.ToString(CultureInfo.InvariantCulture),
            ["Datasets"] = "nhs-violence",
            ["Partners"] = "leeds-city-council",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static async Task<List<(string Url, HttpStatusCode Status)>> StatusesAsync(HttpClient client, Guid upload)
    {
        string[] urls =
        [
            $"/data/measures/{Measure}",
            $"/api/measures/{Measure}/values",
            $"/data/measures/{Measure}/template.csv",
            $"/data/measures/{Measure}/template.xlsx",
            $"/data/measures/{Measure}/upload",
            $"/data/measures/{Measure}/values/new",
            $"/data/uploads/{upload}",
        ];
        var statuses = new List<(string, HttpStatusCode)>();
        foreach (var url in urls)
        {
            statuses.Add((url, (await client.GetAsync(url, TestContext.Current.CancellationToken)).StatusCode));
        }

        return statuses;
    }
}

public sealed class MeasureAccessTestsOnSqlite(SqliteClockHost host) : MeasureAccessTests(host), IClassFixture<SqliteClockHost>;

public sealed class MeasureAccessTestsOnPostgres(PostgresClockHost host) : MeasureAccessTests(host), IClassFixture<PostgresClockHost>;
