using System.Diagnostics;
using System.Net;
using Oversight.Core.Accounts;
using Oversight.Core.Performance.Reports;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Performance;

/// The quarterly report's covering report to the Police and Crime Panel, written by the office, and the response of
/// the force, written by the force's own users; both frozen at publication and printed first. Each test uses a quarter
/// no other test uses.
public abstract class PanelCoveringTests(HostFixture host)
{
    private const string Force = "west-yorkshire-police";
    private const string Purpose = "To tell the Panel how the force performed in the quarter.";
    private const string Summary = "Crime was broadly stable across the force area.";
    private const string Recommendation = "That the Panel notes the report and asks for an update on burglary.";
    private const string Response = "The force accepts the findings and has set up a burglary task force.";

    [Fact]
    public async Task CoveringReportAndForceResponse_WrittenBeforePublication_AreFrozenAndPublishedFirstInPageAndPdf()
    {
        // Arrange
        var ct = TestContext.Current.CancellationToken;
        var analyst = await host.SignedInClientAsync(Roles.Analyst);
        var leadership = await host.SignedInClientAsync(Roles.Leadership);
        var police = await host.SignedInClientAsync(Roles.PartnerUser, Force);
        var anonymous = host.Factory.CreateBrowserlessClient();
        var id = await ReportClient.CreateAsync(analyst, "2113-14 Q3");
        var covering = $"/performance/reports/{id}/covering-report";
        var respond = $"/performance/reports/{id}/force-response";

        // Act: the office writes the covering report (a part too long is refused, keeping what was typed)
        var tooLong = await analyst.PostFormAsync(covering, Fields(new string('x', QuarterlyReport.CoveringLength + 1)));
        var saved = await analyst.PostFormAsync(covering, Fields(Purpose));
        var reportPage = await (await analyst.GetAsync($"/performance/reports/{id}", ct)).GetDocumentAsync();

        // … the force finds the report and responds while it waits for approval
        await ReportClient.PassAsync(analyst, id, "submit");
        var list = await (await police.GetAsync("/performance/reports/force-responses", ct)).GetDocumentAsync();
        var responded = await police.PostFormAsync(respond, new Dictionary<string, string> { ["Response"] = Response });
        var confirmed = await (await police.GetAsync(responded.Headers.Location, ct)).GetDocumentAsync();
        await ReportClient.PassAsync(leadership, id, "approve");
        await ReportClient.PassAsync(leadership, id, "publish");

        // … and after publication neither can be changed
        var coveringAfter = await analyst.PostCraftedFormAsync(covering, Fields("Changed after publication."));
        var responseAfter = await police.PostCraftedFormAsync(respond, new Dictionary<string, string> { ["Response"] = "Changed after publication." });
        var lockedPage = await (await police.GetAsync(respond, ct)).GetDocumentAsync();
        var published = await (await anonymous.GetAsync("/reports/2113-14-q3", ct)).GetDocumentAsync();
        var pdf = await anonymous.GetAsync("/reports/2113-14-q3/document.pdf", ct);

        // Assert
        Assert.Equal(HttpStatusCode.OK, tooLong.StatusCode);
        var refusedPage = await tooLong.GetDocumentAsync();
        Assert.Contains($"The purpose must be {QuarterlyReport.CoveringLength} characters or fewer", refusedPage.QuerySelector(".govuk-error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(Summary, refusedPage.QuerySelector("textarea#Summary")?.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains(Recommendation, reportPage.QuerySelector("[data-testid=covering-report]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(covering, reportPage.QuerySelector("[data-testid=covering-link]")?.GetAttribute("href"));
        Assert.Contains(list.QuerySelectorAll("[data-testid=reports] a"), a => a.GetAttribute("href") == respond);
        Assert.Equal(HttpStatusCode.Redirect, responded.StatusCode);
        Assert.Equal("The response was saved.", confirmed.QuerySelector("[data-testid=saved] .govuk-notification-banner__heading")?.TextContent);
        Assert.Contains(Purpose, confirmed.QuerySelector("[data-testid=covering-report]")?.TextContent, StringComparison.Ordinal);

        Assert.Contains("can no longer be changed", (await coveringAfter.GetDocumentAsync()).QuerySelector(".govuk-error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("can no longer be changed", (await responseAfter.GetDocumentAsync()).QuerySelector(".govuk-error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(lockedPage.QuerySelector("[data-testid=locked]"));
        Assert.Null(lockedPage.QuerySelector("textarea"));
        var stored = Assert.Single(await host.QueryAsync(db => db.QuarterlyReports.Where(r => r.Id == id)));
        Assert.Equal((Purpose, Response, "West Yorkshire Police"), (stored.CoveringPurpose, stored.ForceResponse, ReportSnapshot.FromJson(stored.Snapshot!).ForceResponse?.Organisation));
        Assert.Contains(await host.QueryAsync(db => db.AuditEntries.Where(a => a.EntityType == "QuarterlyReport" && a.EntityId == id.ToString())),
            a => a.Changes.Contains("\"ForceResponse\"", StringComparison.Ordinal) && a.Changes.Contains(Response, StringComparison.Ordinal));

        // The public page reads: covering report, the force's response after its recommendations, then the themes.
        var html = published.Body!.InnerHtml;
        var order = new[] { Purpose, Recommendation, "Response of the force", Response, "data-testid=\"theme-" }.Select(t => html.IndexOf(t, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);

        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var text = await PdfTextAsync(await pdf.Content.ReadAsByteArrayAsync(ct));
        var printed = new[] { "Covering report to the Police and Crime Panel", Purpose, Summary, Recommendation, "Response of the force", Response, "Summary matrix" }
            .Select(t => text.LastIndexOf(t, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, printed);
        Assert.Equal(printed.Order(), printed);
    }

    [Fact]
    public async Task ForceResponse_ByAnotherPartnerOrTheOffice_IsRefused()
    {
        // Arrange
        var ct = TestContext.Current.CancellationToken;
        var analyst = await host.SignedInClientAsync(Roles.Analyst);
        var council = await host.SignedInClientAsync(Roles.PartnerUser);
        var id = await ReportClient.CreateAsync(analyst, "2113-14 Q4");
        var respond = $"/performance/reports/{id}/force-response";

        // Act
        var councilPage = await council.GetAsync(respond, ct);
        var councilPost = await council.PostCraftedFormAsync(respond, new Dictionary<string, string> { ["Response"] = "Not ours to write." });
        var councilList = await (await council.GetAsync("/performance/reports/force-responses", ct)).GetDocumentAsync();
        var analystPage = await analyst.GetAsync(respond, ct);

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, councilPage.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, councilPost.StatusCode);
        Assert.NotNull(councilList.QuerySelector("[data-testid=not-force]"));
        Assert.Empty(councilList.QuerySelectorAll("[data-testid=reports] a"));
        Assert.Equal(HttpStatusCode.Redirect, analystPage.StatusCode);
        Assert.StartsWith("http://localhost/access-denied", analystPage.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Null(Assert.Single(await host.QueryAsync(db => db.QuarterlyReports.Where(r => r.Id == id))).ForceResponse);
    }

    private static Dictionary<string, string> Fields(string purpose) => new()
    {
        ["Purpose"] = purpose,
        ["Summary"] = Summary,
        ["Exceptions"] = "",
        ["Recommendations"] = Recommendation,
    };

    private static async Task<string> PdfTextAsync(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"covering-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", [path, "-"]) { RedirectStandardOutput = true })!;
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.Equal(0, process.ExitCode);
            return string.Join(' ', output.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        }
        finally
        {
            File.Delete(path);
        }
    }
}

public sealed class PanelCoveringTestsOnSqlite(SqliteHost host) : PanelCoveringTests(host);

public sealed class PanelCoveringTestsOnPostgres(PostgresHost host) : PanelCoveringTests(host);
