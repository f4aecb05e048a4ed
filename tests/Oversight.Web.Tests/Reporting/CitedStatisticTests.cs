using System.Net;
using Oversight.Core.Accounts;
using Oversight.Core.Audit;
using Oversight.Core.Reporting.Cited;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Reporting;

/// Analysts enter and correct the statistics the office quotes from other bodies; each test uses a reference of its own.
public abstract class CitedStatisticTests(HostFixture host)
{
    private const string List = "/annual-reports/cited-statistics";
    private const string New = "/annual-reports/cited-statistics/new";

    private static string Unique(string stem) => $"{stem}-{Guid.NewGuid().ToString("N")[..12]}";

    private static Dictionary<string, string> Fields(string? key, string value = "31.4", string link = "https://www.gov.uk/government/collections/proven-reoffending-statistics") => new()
    {
        ["Key"] = key ?? "",
        ["Label"] = "Adults proven to reoffend within a year, West Yorkshire",
        ["Value"] = value,
        ["Unit"] = "Percentage",
        ["Period"] = "July 2022 to June 2023",
        ["Publisher"] = "Ministry of Justice",
        ["Title"] = "Proven reoffending statistics: July 2022 to June 2023",
        ["Link"] = link,
        ["Retrieved.Day"] = "2",
        ["Retrieved.Month"] = "6",
        ["Retrieved.Year"] = "2025",
    };

    [Fact]
    public async Task Add_ThenCorrect_ListsItCitableWithItsSourceAndAuditsBoth()
    {
        // Arrange
        var ct = TestContext.Current.CancellationToken;
        var analyst = await host.SignedInClientAsync(Roles.Analyst);
        var stem = Unique("reoffending");
        var key = CitedStatistic.KeyPrefix + stem;

        // Act
        var added = await analyst.PostFormAsync(New, Fields(stem));
        var id = (await host.QueryAsync(db => db.CitedStatistics.Where(s => s.Key == key).Select(s => s.Id))).Single();
        var listed = await (await analyst.GetAsync($"{List}?q={stem}", ct)).GetDocumentAsync();
        var edit = $"/annual-reports/cited-statistics/{id}";
        var corrected = await analyst.PostFormAsync(edit, Fields(null, value: "31.5"));
        var page = await (await analyst.GetAsync(edit, ct)).GetDocumentAsync();
        var figure = await (await analyst.GetAsync($"/annual-reports/2024-25/figures/{key}", ct)).GetDocumentAsync();

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal($"{List}?added={key}", added.Headers.Location?.ToString());
        var row = listed.QuerySelector($"[data-key='{key}']");
        Assert.NotNull(row);
        Assert.Contains("31.4%", row.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        Assert.Equal("Ministry of Justice, Proven reoffending statistics: July 2022 to June 2023, https://www.gov.uk/government/collections/proven-reoffending-statistics, retrieved 2 June 2025", page.Text("source"));
        Assert.Equal("31.5", page.QuerySelector("#Value")?.GetAttribute("value"));
        Assert.Equal("31.5%", figure.Text("value"));
        Assert.Contains("Ministry of Justice", figure.Text("source"), StringComparison.Ordinal);
        Assert.Equal("https://www.gov.uk/government/collections/proven-reoffending-statistics", figure.QuerySelector("[data-testid=source] a")?.GetAttribute("href"));
        var audit = await host.QueryAsync(db => db.AuditEntries.Where(a => a.EntityType == nameof(CitedStatistic) && a.EntityId == id.ToString()).Select(a => a.Action));
        Assert.Contains(AuditAction.Created, audit);
        Assert.Contains(AuditAction.Updated, audit);
    }

    [Fact]
    public async Task Add_WithAnHttpLinkABadValueAndNoPublisher_IsRefusedNamingEachFieldAndSavesNothing()
    {
        var analyst = await host.SignedInClientAsync(Roles.Analyst);
        var stem = Unique("bad-link");
        var fields = Fields(stem, value: "about thirty", link: "http://www.gov.uk/statistics");
        fields["Publisher"] = "";

        var refused = await (await analyst.PostFormAsync(New, fields)).GetDocumentAsync();

        Assert.Equal("Enter the link as a web address starting with https://", refused.QuerySelector("#Link-error")?.TextContent.Replace("Error:", "", StringComparison.Ordinal).Trim());
        Assert.Contains("Enter the value as a number, like 31.4", refused.ErrorSummary(), StringComparison.Ordinal);
        Assert.Contains("Enter who published the statistic", refused.ErrorSummary(), StringComparison.Ordinal);
        Assert.Equal("http://www.gov.uk/statistics", refused.QuerySelector("#Link")?.GetAttribute("value"));
        Assert.Empty(await host.QueryAsync(db => db.CitedStatistics.Where(s => s.Key == CitedStatistic.KeyPrefix + stem)));
    }

    [Fact]
    public async Task Add_AReferenceAlreadyTaken_IsRefusedOnTheReference()
    {
        var analyst = await host.SignedInClientAsync(Roles.Analyst);
        var stem = Unique("twice");
        await analyst.PostFormAsync(New, Fields(stem));

        var again = await (await analyst.PostFormAsync(New, Fields(stem))).GetDocumentAsync();

        Assert.Contains("already exists", again.QuerySelector("#Key-error")?.TextContent, StringComparison.Ordinal);
        Assert.Single(await host.QueryAsync(db => db.CitedStatistics.Where(s => s.Key == CitedStatistic.KeyPrefix + stem)));
    }

    [Fact]
    public async Task Leadership_ReadsButMayNotEnterOrCorrect_AndOtherRolesAreTurnedAway()
    {
        // Arrange
        var ct = TestContext.Current.CancellationToken;
        var analyst = await host.SignedInClientAsync(Roles.Analyst);
        var stem = Unique("denied");
        await analyst.PostFormAsync(New, Fields(stem));
        var id = (await host.QueryAsync(db => db.CitedStatistics.Where(s => s.Key == CitedStatistic.KeyPrefix + stem).Select(s => s.Id))).Single();
        var leadership = await host.SignedInClientAsync(Roles.Leadership);
        var casework = await host.SignedInClientAsync(Roles.CaseworkOfficer);

        // Act
        var list = await (await leadership.GetAsync(List, ct)).GetDocumentAsync();
        var view = await (await leadership.GetAsync($"/annual-reports/cited-statistics/{id}", ct)).GetDocumentAsync();
        var newPage = await leadership.GetAsync(New, ct);
        var crafted = await leadership.PostCraftedFormAsync($"/annual-reports/cited-statistics/{id}", Fields(null, value: "99"));
        var caseworkList = await casework.GetAsync(List, ct);

        // Assert
        Assert.Null(list.QuerySelector("[data-testid=new-statistic]"));
        Assert.Null(view.QuerySelector("form[method=post] #Value"));
        Assert.Equal(HttpStatusCode.Forbidden, newPage.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, crafted.StatusCode);
        Assert.Equal(31.4m, (await host.QueryAsync(db => db.CitedStatistics.Where(s => s.Id == id).Select(s => s.Value))).Single());
        Assert.Equal(HttpStatusCode.Redirect, caseworkList.StatusCode);
        Assert.StartsWith("http://localhost/access-denied", caseworkList.Headers.Location?.ToString(), StringComparison.Ordinal);
    }
}

public sealed class CitedStatisticTestsOnSqlite(SqliteHost host) : CitedStatisticTests(host);

public sealed class CitedStatisticTestsOnPostgres(PostgresHost host) : CitedStatisticTests(host);
