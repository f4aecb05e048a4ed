using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Data;
using Oversight.Core.Performance.Reports;
using Oversight.Core.Reporting.Annual;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Public;

/// The public annual report page: says so when none is published, shows the latest published year with its HTML and
/// PDF, and never a draft. A host of its own, so "none published" is true until this test publishes one.
public sealed class AnnualReportPageTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    [Fact]
    public async Task AnnualReport_ShowsThePublishedYearOnly()
    {
        var visitor = host.Factory.CreateBrowserlessClient();
        var none = await PageAsync(visitor, "/annual-report");

        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OversightDbContext>();
            db.AnnualReports.Add(new AnnualReport { Year = "2013-14", CreatedBy = "Analyst", Status = ReportStatus.Published, PublishedAt = new DateTimeOffset(2014, 7, 1, 9, 0, 0, TimeSpan.Zero) });
            db.AnnualReports.Add(new AnnualReport { Year = "2014-15", CreatedBy = "Analyst", Status = ReportStatus.Draft });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var published = await PageAsync(visitor, "/annual-report");
        var draft = await visitor.GetAsync(new Uri("/annual-report/2014-15/document.html", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("No annual report has been published yet", none.Text("no-annual-report"), StringComparison.Ordinal);
        Assert.Equal("Annual report 2013/14", published.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Published 1 July 2014.", published.Text("published"));
        Assert.Equal(
            ["/annual-report/2013-14/document.html", "/annual-report/2013-14/document.pdf"],
            published.QuerySelectorAll("[data-testid=downloads] a").Select(a => a.GetAttribute("href")));
        Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);
    }

    private static async Task<IHtmlDocument> PageAsync(HttpClient client, string url) =>
        await (await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken)).GetDocumentAsync();
}
