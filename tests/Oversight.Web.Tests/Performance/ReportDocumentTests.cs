using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Oversight.Core.Accounts;
using Oversight.Core.Documents;
using Oversight.Core.Performance.Reports;
using Oversight.Domain.Plan;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Performance;

/// The quarterly Performance Monitoring Report downloads. Each test uses a quarter and force measures no other test uses.
public abstract class ReportDocumentTests(HostFixture host)
{
    private const string Rising = "criminal-damage-and-arson";
    private const string Small = "anti-social-use-of-vehicles";
    private const string Theme = "crime-and-asb";

    private PoliceAndCrimePlan Plan => host.Factory.Services.GetRequiredService<PoliceAndCrimePlan>();

    [Fact]
    public async Task Published_AsHtml_HasCoverContentsThemesCommentaryFiguresAndHidesSmallCountsFromThePublic()
    {
        // Arrange
        var ct = TestContext.Current.CancellationToken;
        var (id, analyst) = await PublishAsync("2104-05 Q1");

        // Act
        var office = await analyst.GetAsync($"/performance/reports/{id}/document.html", ct);
        var html = await office.Content.ReadAsStringAsync(ct);
        var publicHtml = await host.Factory.CreateBrowserlessClient().GetStringAsync("/reports/2104-05-q1/document.html", ct);
        var staffPage = await (await analyst.GetAsync($"/performance/reports/{id}", ct)).GetDocumentAsync();
        var publicPage = await (await host.Factory.CreateBrowserlessClient().GetAsync("/reports/2104-05-q1", ct)).GetDocumentAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, office.StatusCode);
        Assert.Equal("text/html", office.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1>Performance Monitoring Report 2104-05 Q1</h1>", html, StringComparison.Ordinal);
        Assert.Contains(Plan.Title, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Draft – not published", html, StringComparison.Ordinal);
        foreach (var theme in Plan.PerformanceThemes)
        {
            Assert.Contains($"<h2>Theme {theme.Number}: {WebUtility.HtmlEncode(theme.Title)}</h2>", html, StringComparison.Ordinal);
            Assert.Contains($"<a href=\"#theme-{theme.Id}\">", html, StringComparison.Ordinal);
        }

        Assert.Contains("Damage rose sharply in the last month.", html, StringComparison.Ordinal);
        Assert.Contains("Crime and ASB is mixed this quarter.", html, StringComparison.Ordinal);
        var exceptions = Section(html, "exceptions");
        Assert.Contains("Criminal damage and arson", exceptions, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">130</td>", exceptions, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"chart\"", Section(html, $"theme-{Theme}"), StringComparison.Ordinal);
        Assert.DoesNotContain(SmallCounts.Suppressed, html, StringComparison.Ordinal);
        Assert.Contains(SmallCounts.Suppressed, publicHtml, StringComparison.Ordinal);
        Assert.Contains("would reveal counts below 5", publicHtml, StringComparison.Ordinal);
        Assert.Equal(
            [$"/performance/reports/{id}/document.pdf", $"/performance/reports/{id}/document.html", $"/performance/reports/{id}/document.xlsx"],
            staffPage.QuerySelectorAll("[data-testid=document-links] a").Select(a => a.GetAttribute("href")));
        Assert.Equal("/reports/2104-05-q1/document.pdf", publicPage.QuerySelector("[data-testid=document-links] a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Draft_AsHtml_IsMarkedDraftAndHasNoPublicCopy()
    {
        var ct = TestContext.Current.CancellationToken;
        var analyst = await host.SignedInClientAsync(Roles.Analyst);
        var id = await ReportClient.CreateAsync(analyst, "2104-05 Q2");

        var html = await analyst.GetStringAsync($"/performance/reports/{id}/document.html", ct);
        var anonymous = await host.Factory.CreateBrowserlessClient().GetAsync("/reports/2104-05-q2/document.html", ct);
        var unknownFormat = await analyst.GetAsync($"/performance/reports/{id}/document.docx", ct);

        Assert.Contains("Draft – not published", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownFormat.StatusCode);
    }

    [Fact]
    public async Task Published_AsXlsx_HasSummaryEachThemeAndEveryValue()
    {
        // Arrange
        var ct = TestContext.Current.CancellationToken;
        var (id, analyst) = await PublishAsync("2104-05 Q3");
        var snapshot = ReportSnapshot.FromJson((await host.QueryAsync(db => db.QuarterlyReports.Where(r => r.Id == id).Select(r => r.Snapshot!)))[0]);

        // Act
        using var file = new MemoryStream(await analyst.GetByteArrayAsync($"/performance/reports/{id}/document.xlsx", ct));

        // Assert
        var sheets = file.GetSheetNames();
        Assert.Equal(["Summary", .. snapshot.Themes.Select(PerformanceReportXlsx.SheetName), "Data"], sheets);
        Assert.Equal(Plan.Measures.Count(), file.Query(useHeaderRow: true, sheetName: "Summary").Count());
        foreach (var theme in snapshot.Themes)
        {
            Assert.Equal(theme.Measures.Count, file.Query(useHeaderRow: true, sheetName: PerformanceReportXlsx.SheetName(theme)).Count());
        }

        var crime = file.Query(useHeaderRow: true, sheetName: "Theme 3 Crime and ASB").Cast<IDictionary<string, object?>>().ToList();
        var damage = crime.Single(r => (string?)r["Measure"] == "Criminal damage and arson");
        Assert.Equal("Damage rose sharply in the last month.", damage["Commentary"]);
        Assert.Equal("130", damage["Latest"]);
        var expectedRows = snapshot.Themes.SelectMany(t => t.Measures)
            .Sum(m => m.Series is { Count: > 0 } s ? s.Count : m.LatestValue is null ? 0 : 1);
        var data = file.Query(useHeaderRow: true, sheetName: "Data").Cast<IDictionary<string, object?>>().ToList();
        Assert.True(expectedRows >= 48, $"expected at least the two test series, got {expectedRows}");
        Assert.Equal(expectedRows, data.Count);
        Assert.Equal(130d, Convert.ToDouble(data.Last(r => (string?)r["Measure id"] == Rising)["Value"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Published_AsPdf_HasTitleThemesAndNumberedPages()
    {
        // Arrange
        var ct = TestContext.Current.CancellationToken;
        var (id, analyst) = await PublishAsync("2104-05 Q4");
        var path = Path.Combine(Path.GetTempPath(), $"report-{Guid.NewGuid():N}.pdf");

        // Act
        var response = await analyst.GetAsync($"/performance/reports/{id}/document.pdf", ct);
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync(ct), ct);

        // Assert
        try
        {
            Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
            var text = string.Join(' ', (await RunAsync("pdftotext", path, "-")).Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains("Performance Monitoring Report 2104-05 Q4", text, StringComparison.Ordinal);
            foreach (var theme in Plan.PerformanceThemes)
            {
                Assert.Contains($"Theme {theme.Number}: {theme.Title}", text, StringComparison.Ordinal);
            }

            Assert.Contains("Page 1 of", text, StringComparison.Ordinal);
            var pages = (await RunAsync("pdfinfo", path)).Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal));
            Assert.True(int.Parse(pages["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture) > 2, pages);
            var info = await RunAsync("pdfinfo", path);
            string Info(string key) => info.Split('\n').Single(l => l.StartsWith(key + ":", StringComparison.Ordinal))[(key.Length + 1)..].Trim();
            Assert.StartsWith("Performance Monitoring Report 2104-05 Q4", Info("Title"), StringComparison.Ordinal);
            Assert.Equal("yes", Info("Tagged"));
            // The outline (bookmarks from the headings) and the language sit in the PDF's catalogue, which is not compressed.
            var raw = System.Text.Encoding.Latin1.GetString(await File.ReadAllBytesAsync(path, ct));
            Assert.Contains("/Outlines", raw, StringComparison.Ordinal);
            Assert.Contains("/Lang (en-GB)", raw, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task OpenData_ForAPublishedQuarter_ListsItsValuesAndWithholdsSmallCounts()
    {
        var ct = TestContext.Current.CancellationToken;
        await PublishAsync("2105-06 Q1");
        var anonymous = host.Factory.CreateBrowserlessClient();

        var csv = (await anonymous.GetStringAsync("/reports/2105-06-q1/data.csv", ct)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var json = System.Text.Json.JsonDocument.Parse(await anonymous.GetStringAsync("/reports/2105-06-q1/data.json", ct)).RootElement;
        var unpublished = await anonymous.GetAsync("/reports/2103-04-q1/data.csv", ct);

        Assert.Equal("measure_id,measure,theme,area,period,value,suppressed", csv[0]);
        var small = csv.Where(l => l.StartsWith(Small + ",", StringComparison.Ordinal)).ToList();
        Assert.Equal(24, small.Count);
        Assert.All(small, l => Assert.EndsWith(",,true", l, StringComparison.Ordinal));
        Assert.Contains(csv, l => l.StartsWith(Rising + ",", StringComparison.Ordinal) && l.EndsWith(",130,false", StringComparison.Ordinal));
        Assert.Equal(csv.Length - 1, json.GetProperty("rows").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, unpublished.StatusCode);
    }

    private async Task<(Guid Id, HttpClient Analyst)> PublishAsync(string quarter)
    {
        // Added once per host: later tests find the series already there.
        if ((await host.QueryAsync(db => db.Observations.Where(o => o.MeasureId == Rising && o.Area == "force"))).Count == 0)
        {
            await TestObservations.AddAsync(host, Rising, "force", TestObservations.Rising());
            await TestObservations.AddAsync(host, Small, "force", [3, 2, 4, 1, 3, 2, 4, 3, 2, 3, 1, 2, 3, 4, 2, 3, 2, 1, 3, 2, 4, 3, 2, 3]);
        }

        var analyst = await host.SignedInClientAsync(Roles.Analyst);
        var leadership = await host.SignedInClientAsync(Roles.Leadership);
        var id = await ReportClient.CreateAsync(analyst, quarter);
        await ReportClient.PassAsync(analyst, id, "save", new Dictionary<string, string>
        {
            [$"Measures[{Rising}]"] = "Damage rose sharply in the last month.",
            [$"Themes[{Theme}]"] = "Crime and ASB is mixed this quarter.",
        });
        await ReportClient.PassAsync(analyst, id, "submit");
        await ReportClient.PassAsync(leadership, id, "approve");
        await ReportClient.PassAsync(leadership, id, "publish");
        return (id, analyst);
    }

    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section {id}");
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    private static async Task<string> RunAsync(string tool, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{tool}: {await process.StandardError.ReadToEndAsync()}");
        return output;
    }
}

public sealed class ReportDocumentTestsOnSqlite(SqliteHost host) : ReportDocumentTests(host);

public sealed class ReportDocumentTestsOnPostgres(PostgresHost host) : ReportDocumentTests(host);
