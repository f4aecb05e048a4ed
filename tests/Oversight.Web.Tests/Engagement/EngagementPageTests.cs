using System.Net;
using System.Text;
using System.Text.Json;
using Oversight.Core.Accounts;
using Oversight.Domain.Engagement;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Engagement;

public abstract class EngagementPageTests(HostFixture host)
{
    private const string LikertHeading = "How safe do you feel in your local area?";

    // A survey tool's export: BOM, CRLF, columns Oversight must not keep, and one Likert label typed four ways.
    private static readonly byte[] Messy = Encoding.UTF8.GetBytes(
        "\uFEFFTimestamp,Full name,Email address,District,Age," + LikertHeading + ",Notes from tool\r\n"
        + "2024-07-02 10:01,Ann Example,ann@example.test,Leeds,34,Very safe,x\r\n"
        + "2024-07-02 10:05,Bob Example,bob@example.test,Bradford,67,very safe ,y\r\n"
        + "2024-07-02 10:09,Cat Example,cat@example.test,Kirklees,19,V. safe,z\r\n"
        + "2024-07-02 10:12,Dan Example,dan@example.test,Wakefield,45,5,\r\n");

    [Fact]
    public async Task Import_MessyExport_IsRejectedClearlyThenImportedOnceLabelsAreMapped()
    {
        // Arrange
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);
        var slug = await analyst.NewConsultationAsync();
        await analyst.AddQuestionAsync(slug, "feel-safe", LikertHeading, QuestionKind.Likert);

        // Act: upload, then import with the suggested mapping and no label choices
        var upload = await analyst.PostFileAsync($"/engagement/consultations/{slug}/import", "ResponsesFile", "messy.csv", Messy);
        var mappingUrl = upload.Headers.Location!.ToString();
        var mapping = await analyst.PageAsync(mappingUrl);
        var targets = mapping.QuerySelectorAll("select[name^=Targets]")
            .Select(s => new KeyValuePair<string, string>(s.GetAttribute("name")!, s.QuerySelector("option[selected]")?.GetAttribute("value") ?? "ignore")).ToList();
        var rejected = await (await analyst.PostHandlerAsync(mappingUrl, "Import", targets)).GetDocumentAsync();
        var heldAfterRejection = await host.RespondentsAsync(slug);

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        Assert.Contains("Personal data: not stored", mapping.QuerySelector("[data-testid=columns]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"messy.csv, line 4, {LikertHeading}: \"V. safe\" is not an answer", rejected.QuerySelector("[data-testid=import-errors]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"messy.csv, line 5, {LikertHeading}: \"5\" is not an answer", rejected.QuerySelector("[data-testid=import-errors]")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(heldAfterRejection);

        // Act: map the two labels and import
        var labels = rejected.QuerySelectorAll("input[name^=LabelQuestion], input[name^=LabelRaw]")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value")!)).ToList();
        labels.Add(new("LabelOption[0]", LikertScale.VerySafe));
        labels.Add(new("LabelOption[1]", LikertScale.QuiteSafe));
        var imported = await analyst.PostHandlerAsync(mappingUrl, "Import", [.. targets, .. labels]);

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        Assert.NotNull((await analyst.PageAsync(mappingUrl)).QuerySelector("[data-testid=imported]"));
        var held = await host.RespondentsAsync(slug);
        Assert.Equal(["very-safe", "very-safe", "very-safe", "quite-safe"], held.Select(r => r.Answers["feel-safe"]));
        Assert.Equal(["Leeds", "Bradford", "Kirklees", "Wakefield"], held.Select(r => r.District));
        var details = await analyst.PageAsync($"/engagement/consultations/{slug}");
        Assert.Equal("100%", details.QuerySelector("[data-testid=very-or-quite-safe]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Import_SameFileAgain_AddsNothing()
    {
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);
        var slug = await analyst.NewConsultationAsync();
        await analyst.AddQuestionAsync(slug, "violence", "Does violence affect your area?", QuestionKind.YesNo);
        var file = Encoding.UTF8.GetBytes("Does violence affect your area?,District\nYes,Leeds\nNo,Leeds\n");

        foreach (var _ in new[] { 1, 2 })
        {
            var mappingUrl = (await analyst.PostFileAsync($"/engagement/consultations/{slug}/import", "ResponsesFile", "same.csv", file)).Headers.Location!.ToString();
            await analyst.PostHandlerAsync(mappingUrl, "Import", [new("Targets[0]", "question:violence"), new("Targets[1]", "district")]);
        }

        Assert.Equal(2, (await host.RespondentsAsync(slug)).Count);
    }

    [Fact]
    public async Task Tallies_SmallDistrictCells_AreWithheldWithTheirComplement()
    {
        // Arrange
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);
        var slug = await analyst.NewConsultationAsync();
        await analyst.AddQuestionAsync(slug, "feel-safe-yes-no", "Do you feel safe in your local area?", QuestionKind.YesNo);

        // Act
        foreach (var (district, yes, no) in new[] { ("Leeds", "40", "4"), ("Bradford", "30", "20") })
        {
            var response = await analyst.PostFormAsync($"/engagement/consultations/{slug}/tallies", new Dictionary<string, string>
            {
                ["Channel"] = "InPersonEvent",
                ["District"] = district,
                ["Counts[feel-safe-yes-no:yes]"] = yes,
                ["Counts[feel-safe-yes-no:no]"] = no,
            });
            Assert.NotNull((await response.GetDocumentAsync()).QuerySelector("[data-testid=added]"));
        }

        var page = await analyst.PageAsync($"/engagement/consultations/{slug}/questions/feel-safe-yes-no");

        // Assert
        Assert.Equal("74%", page.QuerySelector("[data-testid=share-yes]")!.TextContent.Trim());
        var rows = page.QuerySelectorAll("[data-testid=breakdown-district] tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("Leeds", StringComparison.Ordinal) && r.Split("withheld").Length == 3);
        Assert.Contains(rows, r => r.Contains("Bradford", StringComparison.Ordinal) && r.Contains("60%", StringComparison.Ordinal) && !r.Contains("withheld", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Tallies_NotAWholeNumber_IsRefusedWithAGovUkMessage()
    {
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);
        var slug = await analyst.NewConsultationAsync();
        await analyst.AddQuestionAsync(slug, "q", "Do you feel safe?", QuestionKind.YesNo);

        var response = await analyst.PostFormAsync($"/engagement/consultations/{slug}/tallies", new Dictionary<string, string>
        {
            ["Channel"] = "InPersonEvent",
            ["Counts[q:yes]"] = "lots",
        });

        Assert.Contains("The count for “Yes” must be a whole number, like 12", (await response.GetDocumentAsync()).ErrorSummary(), StringComparison.Ordinal);
        Assert.Empty(await host.RespondentsAsync(slug));
    }

    [Fact]
    public async Task Coding_TwoCoders_GiveThemeSharesKappaAndApprovedQuotes()
    {
        // Arrange
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);
        var checker = await host.SignedInClientAsync(Roles.Analyst);
        var slug = await analyst.NewConsultationAsync();
        await analyst.AddQuestionAsync(slug, "causes", "What causes violence here?", QuestionKind.FreeText);
        var file = Encoding.UTF8.GetBytes("What causes violence here?\nNo jobs for young people\nDrugs on the estate\nNothing to do and no jobs\nGangs\n");
        var mappingUrl = (await analyst.PostFileAsync($"/engagement/consultations/{slug}/import", "ResponsesFile", "causes.csv", file)).Headers.Location!.ToString();
        await analyst.PostHandlerAsync(mappingUrl, "Import", [new("Targets[0]", "question:causes")]);
        string[][] first = [["economic-factors"], ["substance-misuse"], ["community-assets", "economic-factors"], ["influences"]];
        string[][] second = [["economic-factors"], ["substance-misuse"], ["economic-factors"], ["influences"]];
        var next = $"/engagement/consultations/{slug}/coding/causes/next";

        // Act
        for (var i = 0; i < 4; i++)
        {
            await CodeNextAsync(analyst, next, first[i], approve: i == 0);
        }

        for (var i = 0; i < 4; i++)
        {
            await CodeNextAsync(checker, next + "?check=true", second[i], approve: false);
        }

        var summary = await analyst.PageAsync($"/engagement/consultations/{slug}/coding/causes");

        // Assert
        Assert.Contains("4 of 4 answers coded; 4 coded again", summary.QuerySelector("[data-testid=coding-progress]")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("1.00", summary.QuerySelector("[data-testid=kappa-economic-factors]")!.TextContent.Trim(), StringComparison.Ordinal);
        // community assets: first coder 1 of 4, second 0 of 4 → p_o = 0.75, p_e = 0.75, κ = 0.
        Assert.StartsWith("0.00", summary.QuerySelector("[data-testid=kappa-community-assets]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("“No jobs for young people”", Assert.Single(summary.QuerySelectorAll("[data-testid=quote]")).TextContent.Trim());
        Assert.NotNull((await analyst.PageAsync(next)).QuerySelector("[data-testid=all-coded]"));
    }

    [Fact]
    public async Task Report_AndFigure_CarryTheSameValueAndReference()
    {
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);
        var slug = await analyst.NewConsultationAsync();
        await analyst.AddQuestionAsync(slug, "safe", "Do you feel safe?", QuestionKind.YesNo);
        await analyst.PostFormAsync($"/engagement/consultations/{slug}/tallies", new Dictionary<string, string>
        {
            ["Channel"] = "InPersonEvent",
            ["Counts[safe:yes]"] = "73",
            ["Counts[safe:no]"] = "27",
        });
        var key = $"engagement:{slug}:safe:yes";

        var cancel = TestContext.Current.CancellationToken;
        var html = await (await analyst.GetAsync($"/engagement/consultations/{slug}/report.html", cancel)).Content.ReadAsStringAsync(cancel);
        var figure = JsonDocument.Parse(await (await analyst.GetAsync($"/engagement/figures/{key}", cancel)).Content.ReadAsStringAsync(cancel)).RootElement;

        Assert.Contains($"data-figure=\"{key}\"", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Equal(73, figure.GetProperty("count").GetInt32());
        Assert.Equal(100, figure.GetProperty("base").GetInt32());
        Assert.InRange(figure.GetProperty("lower").GetDouble(), 0.63, 0.64);
        Assert.Equal($"/engagement/consultations/{slug}/questions/safe", figure.GetProperty("link").GetString());
    }

    [Fact]
    public async Task Report_CountBelowFive_IsWithheldWithItsComplement()
    {
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);
        var slug = await analyst.NewConsultationAsync();
        await analyst.AddQuestionAsync(slug, "safe", "Do you feel safe?", QuestionKind.YesNo);
        await analyst.PostFormAsync($"/engagement/consultations/{slug}/tallies", new Dictionary<string, string>
        {
            ["Channel"] = "InPersonEvent",
            ["Counts[safe:yes]"] = "97",
            ["Counts[safe:no]"] = "3",
        });

        var html = await (await analyst.GetAsync($"/engagement/consultations/{slug}/report.html", TestContext.Current.CancellationToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.All([">3<", ">97<", ">3%", ">97%"], shown => Assert.DoesNotContain(shown, html, StringComparison.Ordinal));
        Assert.Equal(4, html.Split("<td class=\"n\">withheld</td>").Length - 1);
    }

    [Fact]
    public async Task ReportPdf_IsAPrintedDocument()
    {
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);
        var slug = await analyst.NewConsultationAsync();
        await analyst.AddQuestionAsync(slug, "safe", "Do you feel safe?", QuestionKind.YesNo);

        var response = await analyst.GetAsync($"/engagement/consultations/{slug}/report.pdf", TestContext.Current.CancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("%PDF", Encoding.ASCII.GetString(bytes, 0, 4));
    }

    [Fact]
    public async Task Coding_ShowingAnAnswer_IsRecordedInTheAuditTrail()
    {
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);
        var slug = await analyst.NewConsultationAsync();
        await analyst.AddQuestionAsync(slug, "causes", "What causes violence here?", QuestionKind.FreeText);
        var mappingUrl = (await analyst.PostFileAsync($"/engagement/consultations/{slug}/import", "ResponsesFile", "one.csv", Encoding.UTF8.GetBytes("What causes violence here?\nBoredom\n"))).Headers.Location!.ToString();
        await analyst.PostHandlerAsync(mappingUrl, "Import", [new("Targets[0]", "question:causes")]);
        var respondent = Assert.Single(await host.RespondentsAsync(slug)).Id.ToString();

        await analyst.PageAsync($"/engagement/consultations/{slug}/coding/causes/next");

        Assert.Single(await host.QueryAsync(db => db.AuditEntries.Where(a => a.Action == Oversight.Core.Audit.AuditAction.Viewed && a.EntityType == "Respondent" && a.EntityId == respondent)));
    }

    private static async Task CodeNextAsync(HttpClient client, string url, string[] themes, bool approve)
    {
        var page = await client.PageAsync(url);
        var respondent = page.QuerySelector("input[name=RespondentId]")!.GetAttribute("value")!;
        var fields = themes.Select(t => new KeyValuePair<string, string>("Themes", t)).Append(new("RespondentId", respondent)).ToList();
        if (approve)
        {
            fields.Add(new("Approve", "true"));
        }

        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync(url, form)).StatusCode);
    }
}

public sealed class EngagementPageTestsOnSqlite(SqliteHost host) : EngagementPageTests(host);

public sealed class EngagementPageTestsOnPostgres(PostgresHost host) : EngagementPageTests(host);
