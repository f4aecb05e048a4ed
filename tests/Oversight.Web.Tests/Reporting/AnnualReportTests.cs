using System.Net;
using Oversight.Core.Accounts;
using Oversight.TestCommon;
using Oversight.Web.Tests.Performance;

namespace Oversight.Web.Tests.Reporting;

/// Each test works on a financial year of its own, far from any other test's data.
public abstract class AnnualReportTests(HostFixture host)
{
    [Fact]
    public async Task Journey_NarrativeWithFigures_LinksEachFigureToItsRecordsAndPublishes()
    {
        // Arrange: a force series with a shift, judged in the year's published quarterly report
        var ct = TestContext.Current.CancellationToken;
        await TestObservations.AddFromAsync(host, "slight-injury-collisions", "force", new DateOnly(1950, 4, 1),
            [40, 42, 39, 41, 40, 38, 41, 40, 39, 42, 40, 41, 55, 56, 57, 58, 56, 55, 57, 58, 59, 56, 57, 58]);
        foreach (var quarter in new[] { "1951-52 Q1", "1951-52 Q2", "1951-52 Q3", "1951-52 Q4" })
        {
            await ReportClient.PublishNewAsync(host, quarter);
        }

        var analyst = await host.SignedInClientAsync(Roles.Analyst);
        var leadership = await host.SignedInClientAsync(Roles.Leadership);
        var id = await CreateAsync(analyst, "1951-52");
        const string Cited = "In the last quarter [[performance.special-cause-concern]] measures showed concern.";

        // Act
        var refused = await PostAsync(analyst, id, "save", new() { ["Sections[foreword]"] = "We did [[no.such-figure]] things.", ["Sections[performance]"] = Cited });
        await PassAsync(analyst, id, "save", await EverySectionAsync(analyst, id, new() { ["Sections[performance]"] = Cited }));
        var document = await (await analyst.GetAsync($"/annual-reports/{id}/document.html", ct)).GetDocumentAsync();
        var link = document.QuerySelector("[data-section=performance] p a.figure")!;
        var figurePage = await (await analyst.GetAsync(link.GetAttribute("href")!, ct)).GetDocumentAsync();
        await PassAsync(analyst, id, "submit");
        var analystPublishes = await PostAsync(analyst, id, "publish");
        await PassAsync(leadership, id, "approve");
        await PassAsync(leadership, id, "publish");
        var published = await (await analyst.GetAsync($"/annual-reports/{id}", ct)).GetDocumentAsync();
        var editPublished = await PostAsync(analyst, id, "save", new() { ["Sections[performance]"] = "Changed" });

        // Assert
        var refusedPage = await refused.GetDocumentAsync();
        Assert.Contains("Foreword by the Mayor of West Yorkshire cites [[no.such-figure]], which is not a figure", refusedPage.QuerySelector(".govuk-error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("We did [[no.such-figure]] things.", refusedPage.QuerySelector("#section-foreword")?.TextContent);
        Assert.Equal("performance.special-cause-concern", link.GetAttribute("data-figure"));
        Assert.Equal("/annual-reports/1951-52/figures/performance.special-cause-concern", link.GetAttribute("href"));
        var value = int.Parse(link.TextContent, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(value >= 1, "The shifted series should be judged special cause concern");
        Assert.Equal(link.TextContent, figurePage.QuerySelector("[data-testid=value]")?.TextContent);
        Assert.Equal(value, figurePage.QuerySelectorAll("[data-testid=record]").Length);
        Assert.Contains(figurePage.QuerySelectorAll("[data-testid=record] td"), td => td.TextContent == "Slight injury collisions");
        Assert.Contains(document.QuerySelectorAll("#sources td"), td => td.TextContent == "performance.special-cause-concern");
        Assert.Equal(HttpStatusCode.Forbidden, analystPublishes.StatusCode);
        Assert.Equal("Published", published.QuerySelector("[data-testid=status]")?.TextContent);
        Assert.Contains($"In the last quarter {value} measures showed concern.", published.QuerySelector("[data-testid=section-performance]")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("can no longer be changed", (await editPublished.GetDocumentAsync()).QuerySelector(".govuk-error-summary")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_SameYearTwice_IsRefusedAndAnUnknownFigureIsNotFound()
    {
        var analyst = await host.SignedInClientAsync(Roles.Analyst);
        await CreateAsync(analyst, "1953-54");

        var again = await analyst.PostFormAsync("/annual-reports", new Dictionary<string, string> { ["Year"] = "1953-54" });
        var unknown = await analyst.GetAsync("/annual-reports/1953-54/figures/no.such-figure", TestContext.Current.CancellationToken);

        Assert.Contains("1953-54 already has an annual report", (await again.GetDocumentAsync()).QuerySelector(".govuk-error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Correct_APublishedReport_StartsVersionTwoWithTheSameTextAndRefusesCorrectingVersionOneAgain()
    {
        // Arrange: a published report with a foreword
        var ct = TestContext.Current.CancellationToken;
        var analyst = await host.SignedInClientAsync(Roles.Analyst);
        var leadership = await host.SignedInClientAsync(Roles.Leadership);
        foreach (var quarter in new[] { "1955-56 Q1", "1955-56 Q2", "1955-56 Q3", "1955-56 Q4" })
        {
            await ReportClient.PublishNewAsync(host, quarter);
        }

        var first = await CreateAsync(analyst, "1955-56");
        await PassAsync(analyst, first, "save", await EverySectionAsync(analyst, first, new() { ["Sections[foreword]"] = "The first words." }));
        await PassAsync(analyst, first, "submit");
        await PassAsync(leadership, first, "approve");
        await PassAsync(leadership, first, "publish");

        // Act
        var noReason = await PostAsync(analyst, first, "correct");
        var corrected = await PostAsync(analyst, first, "correct", new() { ["Reason"] = "A figure was revised." });
        var second = Guid.Parse(corrected.Headers.Location!.ToString().Split('/')[^1]);
        var again = await PostAsync(analyst, first, "correct", new() { ["Reason"] = "Another go." });
        var secondPage = await (await analyst.GetAsync($"/annual-reports/{second}", ct)).GetDocumentAsync();
        var firstPage = await (await analyst.GetAsync($"/annual-reports/{first}", ct)).GetDocumentAsync();

        // Assert
        Assert.Contains("Enter why the report needs correcting", (await noReason.GetDocumentAsync()).QuerySelector(".govuk-error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.NotEqual(first, second);
        Assert.Equal("Draft", secondPage.QuerySelector("[data-testid=status]")?.TextContent);
        Assert.Equal("A figure was revised.", secondPage.QuerySelector("[data-testid=correction-reason]")?.TextContent);
        Assert.Equal("The first words.", secondPage.QuerySelector("#section-foreword")?.TextContent);
        Assert.Equal("Published", firstPage.QuerySelector("[data-testid=status]")?.TextContent);
        Assert.Contains("1955-56 already has a later version; correct that one", (await again.GetDocumentAsync()).QuerySelector(".govuk-error-summary")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_AYearNotEndedWithoutItsQuartersOrNarrative_IsRefusedSayingWhatIsMissingAndChangesNothing()
    {
        // Arrange: this year's report, with only its foreword written (no other test reports on the current year)
        var ct = TestContext.Current.CancellationToken;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var year = Oversight.Domain.FinancialYear.Of(today);
        var analyst = await host.SignedInClientAsync(Roles.Analyst);
        var id = await CreateAsync(analyst, year);
        await PassAsync(analyst, id, "save", new() { ["Sections[foreword]"] = "The first words." });
        var draft = await (await analyst.GetAsync($"/annual-reports/{id}", ct)).GetDocumentAsync();

        // Act
        var refused = await PostAsync(analyst, id, "submit");
        var after = await (await analyst.GetAsync($"/annual-reports/{id}", ct)).GetDocumentAsync();

        // Assert: the draft says beforehand what is missing, the submission is refused with the same, and nothing moves
        var summary = (await refused.GetDocumentAsync()).QuerySelector(".govuk-error-summary")?.TextContent;
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains($"{year} has not ended yet: its annual report can be submitted from 1 April {today.Year + (today.Month >= 4 ? 1 : 0)}", summary, StringComparison.Ordinal);
        Assert.Contains("first: the annual report covers every quarter of the year", summary, StringComparison.Ordinal);
        Assert.Contains("Write the section Headline achievements: every section of a published report needs its narrative", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Write the section Foreword", summary, StringComparison.Ordinal);
        Assert.Contains($"{year} has not ended yet", draft.QuerySelector("[data-testid=readiness]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Draft", after.QuerySelector("[data-testid=status]")?.TextContent);
    }

    [Fact]
    public async Task Document_IsAPublication_TaggedPdfWithTitleLanguageAndBookmarks_FiguresAsLinksOnScreenAndFootnotesInPrint()
    {
        // Arrange: a year whose last quarter judged a series, with a headline and a performance paragraph citing it
        var ct = TestContext.Current.CancellationToken;
        await TestObservations.AddFromAsync(host, "serious-injury-collisions", "force", new DateOnly(1956, 4, 1),
            [30, 31, 29, 30, 32, 31, 30, 29, 31, 30, 32, 31, 30, 31, 29, 30, 32, 31, 30, 29, 31, 30, 32, 31]);
        foreach (var quarter in new[] { "1957-58 Q1", "1957-58 Q2", "1957-58 Q3", "1957-58 Q4" })
        {
            await ReportClient.PublishNewAsync(host, quarter);
        }

        var analyst = await host.SignedInClientAsync(Roles.Analyst);
        var id = await CreateAsync(analyst, "1957-58");
        await PassAsync(analyst, id, "save", new()
        {
            ["Sections[headlines]"] = "[[performance.measures-judged]] measures were judged by the office.",
            ["Sections[performance]"] = "In the last quarter [[performance.measures-judged]] measures were judged.",
        });
        var path = Path.Combine(Path.GetTempPath(), $"annual-{Guid.NewGuid():N}.pdf");

        // Act
        var html = await (await analyst.GetAsync($"/annual-reports/{id}/document.html", ct)).GetDocumentAsync();
        var response = await analyst.GetAsync($"/annual-reports/{id}/document.pdf", ct);
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync(ct), ct);

        // Assert: on screen each figure links to its records and carries the number of its row in the annex
        try
        {
            var link = html.QuerySelector("[data-section=performance] p a.figure")!;
            var value = link.TextContent;
            var note = link.NextElementSibling!;
            Assert.Equal("note", note.ClassName);
            var number = note.TextContent;
            var row = html.QuerySelector($"#sources tr#note-{number}")!;
            Assert.Equal($"#note-{number}", note.QuerySelector("a")?.GetAttribute("href"));
            Assert.Equal(number, row.QuerySelector("td")?.TextContent);
            Assert.Contains(row.QuerySelectorAll("td"), td => td.TextContent == "performance.measures-judged");
            Assert.Equal(value + number, html.QuerySelector("[data-section=headlines] .tile .big")?.TextContent);
            Assert.Equal("measures were judged by the office.", html.QuerySelector("[data-section=headlines] .tile p:not(.big)")?.TextContent);

            // The PDF: title, language, tagged, bookmarks, and its text in reading order with the footnote markers
            var info = await RunAsync("pdfinfo", path);
            string Info(string key) => info.Split('\n').Single(l => l.StartsWith(key + ":", StringComparison.Ordinal))[(key.Length + 1)..].Trim();
            Assert.Equal("Annual report 1957/58", Info("Title"));
            Assert.Equal("yes", Info("Tagged"));
            var raw = System.Text.Encoding.Latin1.GetString(await File.ReadAllBytesAsync(path, ct));
            Assert.Contains("/Outlines", raw, StringComparison.Ordinal);
            Assert.Contains("/Lang (en-GB)", raw, StringComparison.Ordinal);
            var text = string.Join(' ', (await RunAsync("pdftotext", path, "-")).Split((char[])[' ', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains($"In the last quarter {value}{number} measures were judged.", text, StringComparison.Ordinal);
            // The cover, the contents (ending with the annex), then the sections in order and the annex itself.
            var at = 0;
            foreach (var heading in new[] { "Annual report 1957/58", "Contents", "Sources of the figures", "Headline achievements", "Foreword by the Mayor of West Yorkshire", "Casework", "Performance monitoring", "Sources of the figures" })
            {
                at = text.IndexOf(heading, at, StringComparison.Ordinal);
                Assert.True(at >= 0, $"\"{heading}\" is not where it should be in the PDF's text");
                at += heading.Length;
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task<string> RunAsync(string program, params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo(program) { RedirectStandardOutput = true };
        args.ToList().ForEach(start.ArgumentList.Add);
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output;
    }

    /// The form's every section, written, with the given texts in place of the filler.
    private static async Task<Dictionary<string, string>> EverySectionAsync(HttpClient analyst, Guid id, Dictionary<string, string> texts)
    {
        var page = await (await analyst.GetAsync($"/annual-reports/{id}")).GetDocumentAsync();
        var all = page.QuerySelectorAll("textarea[name^='Sections[']").ToDictionary(t => t.GetAttribute("name")!, _ => "Written for the year.");
        foreach (var (name, text) in texts)
        {
            all[name] = text;
        }

        return all;
    }

    private static async Task<Guid> CreateAsync(HttpClient analyst, string year)
    {
        var response = await analyst.PostFormAsync("/annual-reports", new Dictionary<string, string> { ["Year"] = year });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(response.Headers.Location!.ToString().Split('/')[^1]);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, Guid id, string handler, Dictionary<string, string>? fields = null)
    {
        var page = await (await client.GetAsync($"/annual-reports/{id}")).GetDocumentAsync();
        var form = new Dictionary<string, string>(fields ?? []) { ["__RequestVerificationToken"] = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")! };
        return await client.PostAsync($"/annual-reports/{id}?handler={handler}", new FormUrlEncodedContent(form));
    }

    private static async Task PassAsync(HttpClient client, Guid id, string handler, Dictionary<string, string>? fields = null)
    {
        var response = await PostAsync(client, id, handler, fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{handler}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}

public sealed class AnnualReportTestsOnSqlite(SqliteHost host) : AnnualReportTests(host);

public sealed class AnnualReportTestsOnPostgres(PostgresHost host) : AnnualReportTests(host);
