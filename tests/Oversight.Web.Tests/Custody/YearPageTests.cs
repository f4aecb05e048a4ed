using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Accounts;
using Oversight.Core.Custody.Scrutiny;
using Oversight.Core.Data;
using Oversight.Core.Justice;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Custody;

/// Year pages open on the latest year with figures, not the empty current one, and list every year with figures in
/// a picker. A host of its own, so the only figures are the ones seeded here: referrals in 2007/08 and 2009/10,
/// remand cases in 2008/09.
public sealed class YearPageTests(SqliteClockHost host) : IClassFixture<SqliteClockHost>
{
    [Fact]
    public async Task PublicCustodyAndJustice_OpensOnTheLatestYearWithFigures_AndListsEveryYear()
    {
        await SeedAsync();

        var page = await PageAsync(host.Factory.CreateBrowserlessClient(), "/custody-and-justice");

        Assert.Contains("2009/10", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["2009/10", "2008/09", "2007/08"], Years(page));
        Assert.Equal("2009", Chosen(page));
        var older = await PageAsync(host.Factory.CreateBrowserlessClient(), "/custody-and-justice?year=2008");
        Assert.Contains("2008/09", older.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffJusticeAndRemandPages_OpenOnTheirLatestYearWithFigures()
    {
        await SeedAsync();
        var staff = await host.SignedInClientAsync(Roles.CustodyOfficer);

        var justice = await PageAsync(staff, "/justice");
        var remand = await PageAsync(staff, "/custody/remand");

        Assert.Contains("2009/10", justice.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["2009/10", "2008/09", "2007/08"], Years(justice));
        Assert.Equal("2008", Chosen(remand));
        Assert.Equal(["2008/09"], Years(remand));
    }

    private static List<string> Years(IHtmlDocument page) =>
        page.QuerySelectorAll("[data-testid=year-picker] select[name=year] option").Select(o => o.TextContent.Trim()).ToList();

    private static string Chosen(IHtmlDocument page) =>
        ((IHtmlSelectElement)page.QuerySelector("[data-testid=year-picker] select[name=year]")!).Value ?? "";

    private static async Task<IHtmlDocument> PageAsync(HttpClient client, string url) =>
        await (await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken)).GetDocumentAsync();

    private async Task SeedAsync()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OversightDbContext>();
        if (db.JusticeReferrals.Any(r => r.OffenceType == "year-page-test"))
        {
            return;
        }

        foreach (var year in new[] { 2007, 2009 })
        {
            db.JusticeReferrals.Add(new JusticeReferral
            {
                Cohort = Cohort.Adult,
                OffenceType = "year-page-test",
                District = "Leeds",
                AgeBand = "18-24",
                DeliveredBy = "Probation Service",
                Sex = Sex.Male,
                DisposedAt = new DateTimeOffset(year, 6, 1, 12, 0, 0, TimeSpan.Zero),
            });
        }

        db.ChildRemandCases.Add(new ChildRemandCase
        {
            CustodyNumber = "YP08-1",
            ChargedAt = new DateTimeOffset(2008, 9, 1, 12, 0, 0, TimeSpan.Zero),
            BailRefusedReason = "Risk of further offences",
            Accommodation = RemandAccommodation.Foster,
            LeftCustodyAt = new DateTimeOffset(2008, 9, 2, 0, 0, 0, TimeSpan.Zero),
            CertificateProduced = true,
            Ethnicity = "White British",
        });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
