using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Custody.Scrutiny;
using Oversight.Core.Data;
using Oversight.Core.Justice;
using Oversight.Core.Publishing;
using Oversight.TestCommon;
using Oversight.Web.Tests.Publishing;

namespace Oversight.Web.Tests.Custody;

/// Figures for 2005/06, a year no other test uses.
public abstract class PublicFiguresTests(HostFixture host)
{
    [Fact]
    public async Task PublicPage_WithholdsCountsUnderFive()
    {
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OversightDbContext>();
            if (!db.JusticeReferrals.Any(r => r.OffenceType == "public-figures-test"))
            {
                foreach (var cohort in Enumerable.Repeat(Cohort.Adult, 2).Concat(Enumerable.Repeat(Cohort.Child, 6)))
                {
                    db.JusticeReferrals.Add(new JusticeReferral
                    {
                        Cohort = cohort,
                        OffenceType = "public-figures-test",
                        District = "Leeds",
                        AgeBand = "15-17",
                        DeliveredBy = "Leeds Youth Justice Service",
                        Sex = Sex.Male,
                        DisposedAt = new DateTimeOffset(2005, 6, 1, 12, 0, 0, TimeSpan.Zero),
                    });
                }

                await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            }
        }

        var page = await (await host.Factory.CreateBrowserlessClient().GetAsync("/custody-and-justice?year=2005", TestContext.Current.CancellationToken)).GetDocumentAsync();

        var justice = page.QuerySelector("[data-testid=public-justice]")!.TextContent;
        Assert.Contains("fewer than 5 (withheld female)", justice, StringComparison.Ordinal);
        Assert.Contains("6 (0% female)", justice, StringComparison.Ordinal);
        Assert.DoesNotContain(">2<", page.QuerySelector("[data-testid=public-justice]")!.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublicOutputs_WithholdSharesOfOneToFour_AndCountsThatSubtractionWouldGiveAway()
    {
        await SeedSmallGroupsAsync();
        await PublishedReports.PublishAsync(host, PublicationKind.ScrutinyPanelsReport, "2011-12");
        var visitor = host.Factory.CreateBrowserlessClient();

        var page = await (await visitor.GetAsync("/custody-and-justice?year=2011", TestContext.Current.CancellationToken)).GetDocumentAsync();
        var report = new HtmlParser().ParseDocument(await visitor.GetStringAsync("/custody-and-justice/scrutiny-report.html?year=2011", TestContext.Current.CancellationToken));

        Assert.Contains("6 (withheld female)", page.QuerySelector("[data-testid=public-justice]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("withheld", Value(page, "public-remand", "Given local authority accommodation"));
        Assert.Equal("10", Value(page, "public-remand", "Child remand cases scrutinised"));
        Assert.Equal("withheld", Row(report, "remand", "Given local authority accommodation (foster or secure)"));
        Assert.Equal("withheld", Row(report, "remand", "Stayed in police custody"));
        Assert.Equal("fewer than 5", Row(report, "remand-ethnicity", "Asian or Asian British"));
        Assert.Equal("withheld", Row(report, "remand-ethnicity", "White British"));
        Assert.Equal("6", Row(report, "strip-searches", "Searches examined"));
        Assert.Equal("withheld", Row(report, "strip-searches", "Appropriate adult present"));
    }

    private static string Value(AngleSharp.Dom.IDocument page, string list, string key) =>
        page.QuerySelectorAll($"[data-testid={list}] .govuk-summary-list__row").Single(r => r.QuerySelector("dt")!.TextContent == key).QuerySelector("dd")!.TextContent.Trim();

    private static string Row(AngleSharp.Dom.IDocument report, string table, string label) =>
        report.QuerySelectorAll($"[data-table={table}] tr").Single(r => r.QuerySelector("th")?.TextContent == label).QuerySelector("td")!.TextContent;

    /// 2011/12: six children referred of whom one is female, ten remand cases of which one was accommodated and two
    /// are of one ethnicity, six strip searches of which one had no appropriate adult.
    private async Task SeedSmallGroupsAsync()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OversightDbContext>();
        if (db.ChildRemandCases.Any(c => c.CustodyNumber == "PF11-0"))
        {
            return;
        }

        var charged = new DateTimeOffset(2011, 6, 1, 10, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 6; i++)
        {
            db.JusticeReferrals.Add(new JusticeReferral
            {
                Cohort = Cohort.Child,
                OffenceType = "public-figures-small-groups",
                District = "Leeds",
                AgeBand = "15-17",
                DeliveredBy = "Leeds Youth Justice Service",
                Sex = i == 0 ? Sex.Female : Sex.Male,
                DisposedAt = charged,
            });
            db.ChildStripSearches.Add(new ChildStripSearch
            {
                CustodyNumber = $"PF11-S{i}",
                SearchedAt = charged,
                AuthorisedBy = "Inspector 4100",
                AppropriateAdultPresent = i > 0,
                Location = "Custody suite",
                Grounds = "Concealment suspected",
                Ethnicity = "White British",
            });
        }

        for (var i = 0; i < 10; i++)
        {
            db.ChildRemandCases.Add(new ChildRemandCase
            {
                CustodyNumber = $"PF11-{i}",
                ChargedAt = charged.AddDays(i),
                BailRefusedReason = "Risk of further offences",
                Accommodation = i == 0 ? RemandAccommodation.Foster : RemandAccommodation.None,
                NoAccommodationReason = i == 0 ? null : "No bed available",
                LeftCustodyAt = charged.AddDays(i).AddHours(12),
                CertificateProduced = true,
                Ethnicity = i < 2 ? "Asian or Asian British" : "White British",
            });
        }

        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}

public sealed class PublicFiguresTestsOnSqlite(SqliteHost host) : PublicFiguresTests(host);

public sealed class PublicFiguresTestsOnPostgres(PostgresHost host) : PublicFiguresTests(host);
