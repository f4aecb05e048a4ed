using System.Net;
using Oversight.Core.Accounts;
using Oversight.Core.Audit;
using Oversight.Core.Performance.Reports;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Performance;

/// Each test works on a quarter of its own (a financial year no other test uses).
public abstract class QuarterlyReportTests(HostFixture host)
{
    private const string Theme = "serious-violence";

    [Fact]
    public async Task Commentary_SavedOneThemeAtATime_ConfirmsBesideTheThemeWithFullWidthBoxesAndChartLinks()
    {
        var analyst = await host.SignedInClientAsync(Roles.Analyst);
        var id = await ReportClient.CreateAsync(analyst, "2109-10 Q2");

        var saved = await ReportClient.PostAsync(analyst, id, "save", new Dictionary<string, string> { ["theme"] = Theme, ["Measures[homicide]"] = "Steady." });
        var page = await (await analyst.GetAsync(saved.Headers.Location, TestContext.Current.CancellationToken)).GetDocumentAsync();

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.EndsWith($"?saved={Theme}#section-{Theme}", saved.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Matches(@"^Commentary on theme \d+ saved\.$", page.QuerySelector($"#section-{Theme} [data-testid=saved] .govuk-notification-banner__heading")?.TextContent.Trim());
        Assert.Single(page.QuerySelectorAll("[data-testid=saved]"));
        Assert.Equal(Theme, page.QuerySelector($"#section-{Theme} form input[name=theme]")?.GetAttribute("value"));
        Assert.Equal("/performance/measures/homicide", page.QuerySelector("[data-testid=measure-homicide] th a")?.GetAttribute("href"));
        var box = page.QuerySelector("[data-testid=commentary-homicide] textarea[name='Measures[homicide]']")!;
        Assert.Equal(("4", "Steady."), (box.GetAttribute("rows"), box.TextContent));
        Assert.Equal("4", box.ParentElement!.Closest("td")!.GetAttribute("colspan"));
    }

    [Fact]
    public async Task Journey_DraftCommentaryOverrideSubmitApprovePublish_ShowsThePublishedReportToEveryone()
    {
        // Arrange
        var ct = TestContext.Current.CancellationToken;
        var analyst = await host.SignedInClientAsync(Roles.Analyst);
        var leadership = await host.SignedInClientAsync(Roles.Leadership);
        var anonymous = host.Factory.CreateBrowserlessClient();
        var id = await ReportClient.CreateAsync(analyst, "2101-02 Q4");
        var commentary = new Dictionary<string, string>
        {
            ["Measures[homicide]"] = "Two more homicides than last quarter.",
            [$"Themes[{Theme}]"] = "Serious violence is broadly stable.",
            [$"Overrides[{Theme}]"] = "Concern",
        };

        // Act: an override without a rationale is refused, with one it is saved
        var refused = await ReportClient.PostAsync(analyst, id, "save", commentary);
        var refusedPage = await refused.GetDocumentAsync();
        await ReportClient.PassAsync(analyst, id, "save", new Dictionary<string, string>(commentary) { [$"Rationales[{Theme}]"] = "Knife crime rose sharply in Bradford." });
        await ReportClient.PassAsync(analyst, id, "submit");
        var analystApproves = await analyst.PostCraftedFormAsync($"/performance/reports/{id}?handler=approve", new Dictionary<string, string>());
        await ReportClient.PassAsync(leadership, id, "approve");
        var beforePublishing = await anonymous.GetAsync("/reports/2101-02-q4", ct);
        await ReportClient.PassAsync(leadership, id, "publish");
        var published = await (await anonymous.GetAsync("/reports/2101-02-q4", ct)).GetDocumentAsync();
        var list = await (await anonymous.GetAsync("/reports", ct)).GetDocumentAsync();
        var editPublished = await ReportClient.PostAsync(analyst, id, "save", new Dictionary<string, string> { ["Measures[homicide]"] = "Changed" });

        // Assert
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Enter why you are overriding the judgement", refusedPage.QuerySelector(".govuk-error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Two more homicides than last quarter.", refusedPage.QuerySelector("#measure-homicide")?.TextContent);
        Assert.Equal(HttpStatusCode.Forbidden, analystApproves.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, beforePublishing.StatusCode);
        var theme = published.QuerySelector($"[data-testid=theme-{Theme}]")!;
        Assert.Contains("Concern", theme.QuerySelector("[data-testid=judgement]")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Knife crime rose sharply in Bradford.", theme.QuerySelector("[data-testid=override]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Serious violence is broadly stable.", theme.QuerySelector("[data-testid=theme-commentary]")?.TextContent);
        Assert.Equal("Two more homicides than last quarter.", published.QuerySelector("[data-testid=measure-homicide] [data-testid=commentary]")?.TextContent);
        Assert.Contains(list.QuerySelectorAll("[data-testid=published] a"), a => a.GetAttribute("href") == "/reports/2101-02-q4");
        Assert.Equal(HttpStatusCode.OK, editPublished.StatusCode);
        Assert.Contains("can no longer be changed", (await editPublished.GetDocumentAsync()).QuerySelector(".govuk-error-summary")?.TextContent, StringComparison.Ordinal);
        var audit = await host.QueryAsync(db => db.AuditEntries.Where(a => a.EntityType == "QuarterlyReport" && a.EntityId == id.ToString()).OrderBy(a => a.Id));
        Assert.Equal(AuditAction.Created, audit[0].Action);
        foreach (var by in new[] { "SubmittedBy", "ApprovedBy", "PublishedBy" })
        {
            Assert.Contains(audit, a => a.Action == AuditAction.Updated && a.Changes.Contains($"\"{by}\"", StringComparison.Ordinal) && a.Changes.Contains("\"Status\"", StringComparison.Ordinal));
        }

        Assert.Contains(await host.QueryAsync(db => db.AuditEntries.Where(a => a.EntityType == "ThemeCommentary")), a => a.Changes.Contains("Knife crime rose sharply in Bradford.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Correct_APublishedReport_MakesVersionTwoAndKeepsVersionOnePublicUntilItIsPublished()
    {
        // Arrange
        var ct = TestContext.Current.CancellationToken;
        var analyst = await host.SignedInClientAsync(Roles.Analyst);
        var leadership = await host.SignedInClientAsync(Roles.Leadership);
        var anonymous = host.Factory.CreateBrowserlessClient();
        var first = await ReportClient.CreateAsync(analyst, "2102-03 Q1");
        await ReportClient.PassAsync(analyst, first, "save", new Dictionary<string, string> { ["Measures[homicide]"] = "First words." });
        await ReportClient.PassAsync(analyst, first, "submit");
        await ReportClient.PassAsync(leadership, first, "approve");
        await ReportClient.PassAsync(leadership, first, "publish");

        // Act
        var noReason = await ReportClient.PostAsync(analyst, first, "correct");
        var corrected = await ReportClient.PostAsync(analyst, first, "correct", new Dictionary<string, string> { ["Reason"] = "The homicide figure was revised." });
        var second = Guid.Parse(corrected.Headers.Location!.ToString().Split('/')[^1]);
        var draft = await (await analyst.GetAsync($"/performance/reports/{second}", ct)).GetDocumentAsync();
        var whileDraft = await (await anonymous.GetAsync("/reports/2102-03-q1", ct)).GetDocumentAsync();
        await ReportClient.PassAsync(analyst, second, "save", new Dictionary<string, string> { ["Measures[homicide]"] = "Corrected words." });
        await ReportClient.PassAsync(analyst, second, "submit");
        await ReportClient.PassAsync(leadership, second, "approve");
        await ReportClient.PassAsync(leadership, second, "publish");
        var afterPublishing = await (await anonymous.GetAsync("/reports/2102-03-q1", ct)).GetDocumentAsync();

        // Assert
        Assert.Contains("Enter why the report needs correcting", (await noReason.GetDocumentAsync()).QuerySelector(".govuk-error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        Assert.NotEqual(first, second);
        Assert.Equal("2102-03 Q1, version 2", draft.QuerySelector("h1")?.TextContent);
        Assert.Equal("The homicide figure was revised.", draft.QuerySelector("[data-testid=correction-reason]")?.TextContent);
        Assert.Equal("First words.", draft.QuerySelector("#measure-homicide")?.TextContent);
        Assert.Equal("First words.", whileDraft.QuerySelector("[data-testid=measure-homicide] [data-testid=commentary]")?.TextContent);
        Assert.Null(whileDraft.QuerySelector("[data-testid=correction-reason]"));
        Assert.Equal("Corrected words.", afterPublishing.QuerySelector("[data-testid=measure-homicide] [data-testid=commentary]")?.TextContent);
        Assert.Contains("The homicide figure was revised.", afterPublishing.QuerySelector("[data-testid=correction-reason]")?.TextContent, StringComparison.Ordinal);
        var firstAgain = await (await leadership.GetAsync($"/performance/reports/{first}", ct)).GetDocumentAsync();
        Assert.Null(firstAgain.QuerySelector("[data-testid=correct]"));
    }

    [Fact]
    public async Task Create_ForAQuarterWithAReportInProgress_IsRefused()
    {
        var analyst = await host.SignedInClientAsync(Roles.Analyst);
        await ReportClient.CreateAsync(analyst, "2103-04 Q2");

        var again = await analyst.PostFormAsync("/performance/reports", new Dictionary<string, string> { ["Quarter"] = "2103-04Q2" });
        var badQuarter = await analyst.PostFormAsync("/performance/reports", new Dictionary<string, string> { ["Quarter"] = "2103 Q5" });

        Assert.Contains("2103-04 Q2 already has a report in progress", (await again.GetDocumentAsync()).QuerySelector(".govuk-error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Enter a", (await badQuarter.GetDocumentAsync()).QuerySelector("#Quarter-error")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_QuarterTypedWithACalendarYear_IsThatFinancialYearsQuarterAndThePageSaysWhichMonths()
    {
        // "Q1 2111" could mean January to March; it is read as the financial year's Q1, and the report says so.
        var analyst = await host.SignedInClientAsync(Roles.Analyst);

        var id = await ReportClient.CreateAsync(analyst, "Q1 2111");
        var page = await (await analyst.GetAsync($"/performance/reports/{id}", TestContext.Current.CancellationToken)).GetDocumentAsync();

        Assert.Equal("2111-12 Q1, version 1", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("April to June 2111", page.QuerySelector("[data-testid=months]")?.TextContent);
    }

    [Fact]
    public async Task Create_AsLeadership_IsForbidden()
    {
        var leadership = await host.SignedInClientAsync(Roles.Leadership);

        var response = await leadership.PostCraftedFormAsync("/performance/reports", new Dictionary<string, string> { ["Quarter"] = "2104-05 Q1" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Submit_WithAnUnexplainedMissingQuarter_IsRefused_UntilTheAnalystSaysWhy()
    {
        var ct = TestContext.Current.CancellationToken;
        var analyst = await host.SignedInClientAsync(Roles.Analyst);
        var id = await ReportClient.CreateAsync(analyst, "2106-07 Q2");

        var refused = await ReportClient.PostAsync(analyst, id, "submit");
        var errors = (await refused.GetDocumentAsync()).QuerySelector(".govuk-error-summary")?.TextContent ?? "";
        await ReportClient.PassAsync(analyst, id, "save", new Dictionary<string, string> { ["Missing[homicide]"] = "Home Office figures are late this quarter" });
        var draft = await (await analyst.GetAsync($"/performance/reports/{id}", ct)).GetDocumentAsync();
        await ReportClient.PassAsync(analyst, id, "submit");

        Assert.Contains("Homicide has no value for 2106-07 Q2: enter why, or add the value before submitting", errors, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("No data for this quarter: Home Office figures are late this quarter", draft.QuerySelector("[data-testid=measure-homicide] [data-testid=no-data]")?.TextContent);
        Assert.Equal(ReportStatus.Submitted, (await host.QueryAsync(db => db.QuarterlyReports.Where(r => r.Id == id).Select(r => r.Status))).Single());
    }

    [Fact]
    public async Task Approve_ByThePersonWhoStartedTheVersion_IsRefused_AndPublishAsksForConfirmation()
    {
        var ct = TestContext.Current.CancellationToken;
        var analyst = await host.SignedInClientAsync(Roles.Analyst);
        var leadership = await host.SignedInClientAsync(Roles.Leadership);
        var other = await host.SignedInClientAsync(Roles.Leadership);
        var first = await ReportClient.CreateAsync(analyst, "2107-08 Q1");
        await ReportClient.PassAsync(analyst, first, "submit");
        await ReportClient.PassAsync(leadership, first, "approve");
        var check = await (await leadership.GetAsync($"/performance/reports/{first}?confirm-publish=1", ct)).GetDocumentAsync();
        await ReportClient.PassAsync(leadership, first, "publish");
        var corrected = await ReportClient.PostAsync(leadership, first, "correct", new Dictionary<string, string> { ["Reason"] = "A figure was revised." });
        var second = Guid.Parse(corrected.Headers.Location!.ToString().Split('/')[^1]);
        await ReportClient.PassAsync(analyst, second, "submit");

        var own = await ReportClient.PostAsync(leadership, second, "approve");

        Assert.Contains("/reports/2107-08-q1", check.QuerySelector("[data-testid=publish-confirmation]")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("You started or submitted this version of the report, so someone else must approve it", (await own.GetDocumentAsync()).QuerySelector(".govuk-error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(ReportStatus.Submitted, (await host.QueryAsync(db => db.QuarterlyReports.Where(r => r.Id == second).Select(r => r.Status))).Single());
        await ReportClient.PassAsync(other, second, "approve");
    }

    [Fact]
    public async Task SendBack_ASubmittedReport_ReturnsItToDraftForTheAnalyst()
    {
        var analyst = await host.SignedInClientAsync(Roles.Analyst);
        var leadership = await host.SignedInClientAsync(Roles.Leadership);
        var id = await ReportClient.CreateAsync(analyst, "2105-06 Q3");
        await ReportClient.PassAsync(analyst, id, "submit");

        var publishEarly = await leadership.PostCraftedFormAsync($"/performance/reports/{id}?handler=publish", new Dictionary<string, string>());
        await ReportClient.PassAsync(leadership, id, "sendback");
        var page = await (await analyst.GetAsync($"/performance/reports/{id}", TestContext.Current.CancellationToken)).GetDocumentAsync();

        Assert.Contains("Only an approved report can be published", (await publishEarly.GetDocumentAsync()).QuerySelector(".govuk-error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Draft", page.QuerySelector("[data-testid=status]")?.TextContent);
        Assert.NotNull(page.QuerySelector("[data-testid=save]"));
        Assert.NotNull(page.QuerySelector("[data-testid=submit]"));
    }

    [Fact]
    public async Task PublicReport_WithACountUnderFive_SaysFewerThanFive()
    {
        await TestObservations.AddAsync(host, "homicide", "force", 3, 2, 4, 1, 3, 2, 4, 3, 2, 1, 3, 4);
        await ReportClient.PublishNewAsync(host, "2106-07 Q4");

        var page = await (await host.Factory.CreateBrowserlessClient().GetAsync("/reports/2106-07-q4", TestContext.Current.CancellationToken)).GetDocumentAsync();

        Assert.StartsWith("fewer than 5", page.QuerySelector("[data-testid=measure-homicide] [data-testid=latest]")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_ForAPastQuarter_LeavesOutValuesForLaterPeriodsInThePageAndTheSnapshot()
    {
        // Arrange: 1901-02 Q4 runs from January to March 1902, so the April value belongs to a later report
        var ct = TestContext.Current.CancellationToken;
        const string Measure = "op-snap-submissions";
        await TestObservations.AddFromAsync(host, Measure, "force", new DateOnly(1902, 1, 1), 11, 12, 13, 977);
        var analyst = await host.SignedInClientAsync(Roles.Analyst);

        // Act
        var id = await ReportClient.CreateAsync(analyst, "1901-02 Q4");
        var draft = await (await analyst.GetAsync($"/performance/reports/{id}", ct)).GetDocumentAsync();
        await ReportClient.PassAsync(analyst, id, "submit");
        await ReportClient.PassAsync(await host.SignedInClientAsync(Roles.Leadership), id, "approve");
        await ReportClient.PassAsync(await host.SignedInClientAsync(Roles.Leadership), id, "publish");
        var published = await (await host.Factory.CreateBrowserlessClient().GetAsync("/reports/1901-02-q4", ct)).GetDocumentAsync();
        var snapshot = (await host.QueryAsync(db => db.QuarterlyReports.Where(r => r.Id == id))).Single().Snapshot!;

        // Assert
        Assert.Contains("periods up to 31 March 1902", draft.QuerySelector("[data-testid=cut-off]")?.TextContent, StringComparison.Ordinal);
        var draftRow = draft.QuerySelector($"[data-testid=measure-{Measure}]")?.TextContent;
        Assert.Contains("March 1902", draftRow, StringComparison.Ordinal);
        Assert.DoesNotContain("977", draftRow, StringComparison.Ordinal);
        var latest = published.QuerySelector($"[data-testid=measure-{Measure}] [data-testid=latest]")?.TextContent;
        Assert.StartsWith("13", latest, StringComparison.Ordinal);
        Assert.Contains("March 1902", latest, StringComparison.Ordinal);
        var frozen = ReportSnapshot.FromJson(snapshot).Themes.SelectMany(t => t.Measures).Single(m => m.Id == Measure);
        Assert.Equal((13.0, "1902-03"), (frozen.LatestValue, frozen.LatestPeriod));
        Assert.DoesNotContain("1902-04", snapshot, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/reports/not-a-quarter")]
    [InlineData("/reports/2199-00-q1")]
    public async Task PublicReport_ThatIsNotPublished_ReturnsNotFound(string url)
    {
        var response = await host.Factory.CreateBrowserlessClient().GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

public sealed class QuarterlyReportTestsOnSqlite(SqliteHost host) : QuarterlyReportTests(host);

public sealed class QuarterlyReportTestsOnPostgres(PostgresHost host) : QuarterlyReportTests(host);
