using System.Net;
using Oversight.Core.Accounts;
using Oversight.Core.Casework;
using Oversight.Core.Casework.Asb;
using Oversight.Core.Data;
using Oversight.TestCommon;
using static Oversight.Web.Tests.Casework.CaseworkClient;

namespace Oversight.Web.Tests.Casework;

/// ASB case reviews and appeals to the office through HTTP, on a clock fixed at Monday 1 February 2027, with
/// Calderdale's partnership configured to a threshold of two complaints.
public abstract class AsbAppealTests(ClockHost host)
{
    private static readonly DateOnly Today = new(2027, 2, 1);

    private async Task<HttpClient> OfficerAsync() => await host.SignInOnAsync(await host.CreateUserAsync(Roles.CaseworkOfficer), Today);

    private static Dictionary<string, string> Appeal(string partnership, DateOnly outcomeGiven) => new Dictionary<string, string>
    {
        ["Name"] = "Sam Neighbour",
        ["Email"] = "sam@example.test",
        ["Phone"] = "",
        ["Partnership"] = partnership,
        ["Reasons"] = "The review did not look at the noise from number 12.",
    }.With(Date("OutcomeGivenOn", outcomeGiven));

    private async Task<AsbAppeal> AppealAsync(string partnership, DateOnly outcomeGiven)
    {
        await OfficerAsync();
        var sent = await host.Factory.CreateBrowserlessClient().PostFormAsync("/asb-case-review-appeal", Appeal(partnership, outcomeGiven));
        var reference = (await sent.GetDocumentAsync()).Text("reference");
        return (await host.QueryAsync(db => db.AsbAppeals.Where(a => a.Reference == reference))).Single();
    }

    private static Dictionary<string, string> CaseReview(string partnership, string reference, DateOnly applied, int complaints, bool held = true) => new Dictionary<string, string>
    {
        ["Partnership"] = partnership,
        ["PartnershipReference"] = reference,
        ["ComplaintsInPeriod"] = complaints.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Accepted"] = held ? "yes" : "no",
        ["Outcome"] = held ? "Mediation offered; noise monitoring installed." : "",
        ["ActionPlan"] = held ? "Housing officer to visit weekly for six weeks." : "",
    }.With(Date("AppliedOn", applied)).With(Date("OutcomeOn", held ? applied.AddDays(14) : null));

    [Fact]
    public async Task PublicAppeal_ToRecommendationsAndResponse_GivesAReferenceAndRecordsEveryStep()
    {
        var officer = await OfficerAsync();
        var recorded = await officer.PostFormAsync("/casework/asb/case-reviews/new", CaseReview("Leeds", "LCC-ASB-0419", new DateOnly(2026, 12, 1), 4));
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var member = host.Factory.CreateBrowserlessClient();

        var sent = await member.PostFormAsync("/asb-case-review-appeal", Appeal("Leeds", new DateOnly(2027, 1, 20)));

        var confirmation = await sent.GetDocumentAsync();
        var reference = confirmation.Text("reference");
        Assert.Matches("^ASB-2027-[0-9A-F]{10}$", reference);
        Assert.DoesNotContain("Sam Neighbour", confirmation.DocumentElement.OuterHtml, StringComparison.Ordinal);
        var appeal = (await host.QueryAsync(db => db.AsbAppeals.Where(a => a.Reference == reference))).Single();
        // 40 working days from Monday 1 February 2027 skip Good Friday (26 March) and Easter Monday (29 March).
        Assert.Equal((ContactChannel.WebForm, new DateOnly(2027, 3, 31), 28), (appeal.Channel, appeal.DueOn, appeal.AppealDays));

        var tooSoon = await (await officer.PostFormAsync($"/casework/asb/{appeal.Id}/decision", Decision("Recommendations"))).GetDocumentAsync();
        Assert.Contains("Record that the applicant is eligible before deciding the appeal", tooSoon.ErrorSummary(), StringComparison.Ordinal);

        var caseReviewId = (await host.QueryAsync(db => db.AsbCaseReviews.Where(r => r.PartnershipReference == "LCC-ASB-0419").Select(r => r.Id))).Single();
        var assessed = await officer.PostFormAsync($"/casework/asb/{appeal.Id}/assessment", Assessment()
            .With(new() { ["CaseReviewId"] = caseReviewId.ToString() })
            .With(Date("InformationRequestedOn", new DateOnly(2027, 2, 1)))
            .With(Date("InformationReceivedOn", new DateOnly(2027, 2, 1)))
            .With(Date("PanelOn", new DateOnly(2027, 2, 1))));
        Assert.Equal(HttpStatusCode.Redirect, assessed.StatusCode);
        var decided = await officer.PostFormAsync($"/casework/asb/{appeal.Id}/decision", Decision("Recommendations"));
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        var form = await officer.PageAsync($"/casework/asb/{appeal.Id}/recommendations/new");
        // The default due date: 20 working days after the decision.
        Assert.Equal("1", ((AngleSharp.Html.Dom.IHtmlInputElement)form.QuerySelector("#DueOn")!).Value);
        Assert.Equal("3", ((AngleSharp.Html.Dom.IHtmlInputElement)form.QuerySelector("#DueOn-Month")!).Value);
        var added = await officer.PostFormAsync($"/casework/asb/{appeal.Id}/recommendations/new", new Dictionary<string, string>
        {
            ["Text"] = "Hold a fresh case review including environmental health.",
        }.With(Date("DueOn", new DateOnly(2027, 3, 1))));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var recommendationId = (await host.QueryAsync(db => db.AsbRecommendations.Where(r => r.AppealId == appeal.Id).Select(r => r.Id))).Single();
        var responded = await officer.PostFormAsync($"/casework/asb/{appeal.Id}/recommendations/{recommendationId}/response", new Dictionary<string, string>
        {
            ["Accepted"] = "yes",
            ["PartnershipAnswer"] = "A fresh review is booked.",
        }.With(Date("RespondedOn", Today)));
        Assert.Equal(HttpStatusCode.Redirect, responded.StatusCode);

        var file = await officer.PageAsync($"/casework/asb/{appeal.Id}");
        Assert.Equal("Decided", file.Text("status"));
        Assert.Contains("LCC-ASB-0419", file.Text("case-review"), StringComparison.Ordinal);
        Assert.Contains("Accepted, 1 February 2027: A fresh review is booked.", file.Text("recommendations"), StringComparison.Ordinal);
        var stored = (await host.QueryAsync(db => db.AsbAppeals.Where(a => a.Id == appeal.Id))).Single();
        Assert.Equal((AsbAppealDecision.Recommendations, "Test CaseworkOfficer"), (stored.Decision!.Value, stored.DecidedBy));
    }

    [Theory]
    [InlineData("Leeds", 2, "Not met (2 of 3)")]
    [InlineData("Leeds", 3, "Met (3 of 3)")]
    [InlineData("Calderdale", 2, "Met (2 of 2)")] // Calderdale's own, lower threshold
    [InlineData("Calderdale", 1, "Not met (1 of 2)")]
    public async Task RecordCaseReview_AroundThePartnershipsThreshold_JudgesIt(string partnership, int complaints, string expected)
    {
        var officer = await OfficerAsync();
        var reference = $"T-{partnership}-{complaints}";

        var recorded = await officer.PostFormAsync("/casework/asb/case-reviews/new", CaseReview(partnership, reference, new DateOnly(2027, 1, 5), complaints, held: false));

        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var list = await officer.PageAsync("/casework/asb/case-reviews?year=2026");
        var row = list.QuerySelectorAll("[data-testid=case-reviews] tbody tr").Single(r => r.TextContent.Contains(reference, StringComparison.Ordinal));
        Assert.Equal(expected, row.QuerySelector("[data-testid=threshold]")!.TextContent.Trim());
    }

    [Fact]
    public async Task RecordCaseReview_NegativeComplaintsAndNoPartnership_NamesEachField()
    {
        var officer = await OfficerAsync();

        var page = await (await officer.PostFormAsync("/casework/asb/case-reviews/new", CaseReview("Nowhere", "X-1", new DateOnly(2027, 1, 5), 0).With(new() { ["ComplaintsInPeriod"] = "-1" }))).GetDocumentAsync();

        var summary = page.ErrorSummary();
        Assert.Contains("Select the Community Safety Partnership", summary, StringComparison.Ordinal);
        Assert.Contains("Enter the number of complaints, 0 or more", summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2027, 1, 4, "In time", "Open")] // day 28 is today
    [InlineData(2027, 1, 3, "Out of time", "Not accepted")] // day 29
    public async Task Appeal_AroundDay28_JudgesTheTimeLimit(int year, int month, int day, string timeliness, string status)
    {
        var appeal = await AppealAsync("Kirklees", new DateOnly(year, month, day));
        var officer = await OfficerAsync();

        var file = await officer.PageAsync($"/casework/asb/{appeal.Id}");

        Assert.Equal(timeliness, file.Text("timeliness"));
        Assert.Equal(status, file.Text("status"));
    }

    [Fact]
    public async Task Decide_OutOfTimeWithoutAnExtension_IsRefusedAndAnExtensionWithAReasonAllowsIt()
    {
        var appeal = await AppealAsync("Wakefield", new DateOnly(2026, 12, 1));
        var officer = await OfficerAsync();
        var ready = Assessment().With(Date("PanelOn", Today));
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync($"/casework/asb/{appeal.Id}/assessment", ready)).StatusCode);

        var refused = await (await officer.PostFormAsync($"/casework/asb/{appeal.Id}/decision", Decision("OriginalStands"))).GetDocumentAsync();
        var noReason = await (await officer.PostFormAsync($"/casework/asb/{appeal.Id}/assessment", ready.With(Date("ExtendedTo", Today)))).GetDocumentAsync();
        var extended = await officer.PostFormAsync($"/casework/asb/{appeal.Id}/assessment", ready.With(Date("ExtendedTo", Today)).With(new() { ["ExtensionReason"] = "The applicant was abroad." }));
        var decided = await officer.PostFormAsync($"/casework/asb/{appeal.Id}/decision", Decision("OriginalStands"));

        Assert.Contains("The appeal is out of time and no extension has been granted", refused.ErrorSummary(), StringComparison.Ordinal);
        Assert.Contains("Enter the circumstances that make an extension just", noReason.ErrorSummary(), StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (extended.StatusCode, decided.StatusCode));
        Assert.Equal("In time with an extension", (await officer.PageAsync($"/casework/asb/{appeal.Id}")).Text("timeliness"));
    }

    [Theory]
    [InlineData("Eligible", "maybe")]
    [InlineData("CaseReviewId", "not-a-case-review")]
    public async Task Assess_WithAChoiceNoPageOffers_IsRefusedBesideTheFieldAndKeepsWhatWasSaved(string field, string value)
    {
        var appeal = await AppealAsync("Kirklees", new DateOnly(2026, 12, 1));
        var officer = await OfficerAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync($"/casework/asb/{appeal.Id}/assessment", Assessment())).StatusCode);

        var crafted = Assessment().With(new() { [field] = value, ["PanelMembers"] = "Changed by a crafted post" });
        var refused = await officer.PostCraftedFormAsync($"/casework/asb/{appeal.Id}/assessment", crafted);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("Error: Select one of the options shown", (await refused.GetDocumentAsync()).QuerySelector($"#{field}-error")?.TextContent.Trim());
        var saved = (await host.QueryAsync(db => db.AsbAppeals.Where(a => a.Id == appeal.Id))).Single();
        Assert.Equal((true, "Casework manager; independent member"), (saved.Eligible, saved.PanelMembers));
    }

    [Fact]
    public async Task DecisionLetter_OnceDecided_IsWrittenSignedByWhoDecidedAndDownloadsAsAPdf()
    {
        var appeal = await AppealAsync("Kirklees", new DateOnly(2027, 1, 25));
        var officer = await OfficerAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync($"/casework/asb/{appeal.Id}/assessment", Assessment().With(Date("PanelOn", Today)))).StatusCode);
        // The page offers no letter before the decision, so only a crafted post can ask for one.
        var tooSoon = await (await officer.PostCraftedFormAsync($"/casework/asb/{appeal.Id}?handler=Letter", new Dictionary<string, string>(), $"/casework/asb/{appeal.Id}")).GetDocumentAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync($"/casework/asb/{appeal.Id}/decision", Decision("OriginalStands"))).StatusCode);

        var written = await officer.PostFormAsync($"/casework/asb/{appeal.Id}?handler=Letter", new Dictionary<string, string>());

        Assert.Contains("Record the decision before writing the decision letter", tooSoon.ErrorSummary(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, written.StatusCode);
        var letterUrl = written.Headers.Location!.ToString();
        var page = await officer.PageAsync(letterUrl);
        Assert.Contains("the case review was handled properly, and its outcome stands", page.Text("letter-body"), StringComparison.Ordinal);
        Assert.Contains("Casework manager; independent member", page.Text("letter-body"), StringComparison.Ordinal);
        Assert.Equal("Dear Sam Neighbour", page.Text("letter-salutation"));
        Assert.Contains("sam@example.test", page.Text("letter-recipient"), StringComparison.Ordinal);
        Assert.Contains("Test CaseworkOfficer", page.Text("letter-signature"), StringComparison.Ordinal);
        var pdf = await officer.GetAsync(letterUrl + "?handler=Pdf", TestContext.Current.CancellationToken);
        var bytes = await pdf.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.Equal($"The outcome of your appeal about an ASB case review: {appeal.Reference}", (await PdfTools.InfoAsync(bytes))["Title"]);
        var marked = await officer.PostFormAsync(letterUrl + "?handler=Sent", new Dictionary<string, string> { ["SentBy"] = "Email" }.With(Date("SentOn", Today)));
        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        var file = await officer.PageAsync($"/casework/asb/{appeal.Id}");
        Assert.Equal("Sent by email on 1 February 2027, recorded by Test CaseworkOfficer", file.Text("letter-sent"));
    }

    [Fact]
    public async Task PublicAppeal_Incomplete_NamesEachFieldAndKeepsWhatWasTyped()
    {
        await OfficerAsync();
        var member = host.Factory.CreateBrowserlessClient();

        var page = await (await member.PostFormAsync("/asb-case-review-appeal", Appeal("", Today).With(new() { ["Email"] = "", ["Reasons"] = "Kept text" }).With(Date("OutcomeGivenOn", null)))).GetDocumentAsync();

        var summary = page.ErrorSummary();
        Assert.Contains("Enter an email address or a phone number so we can reply", summary, StringComparison.Ordinal);
        Assert.Contains("Select the council area whose case review you want us to look at", summary, StringComparison.Ordinal);
        Assert.Contains("Enter the date you were told the outcome of the case review", summary, StringComparison.Ordinal);
        Assert.Equal("Kept text", page.QuerySelector("#Reasons")!.TextContent);
    }

    [Fact]
    public async Task PublicSummary_PastYear_WithholdsCountsUnderFiveThatStaffSee()
    {
        var officer = await OfficerAsync();
        for (var i = 0; i < 6; i++)
        {
            await officer.PostFormAsync("/casework/asb/case-reviews/new", CaseReview("Bradford", $"BMDC-{i}", new DateOnly(2025, 6, 2 + i), 5));
        }

        await officer.PostFormAsync("/casework/asb/case-reviews/new", CaseReview("Wakefield", "WMDC-1", new DateOnly(2025, 7, 1), 2, held: false));
        await officer.PostFormAsync("/casework/asb/case-reviews/new", CaseReview("Wakefield", "WMDC-2", new DateOnly(2025, 7, 2), 3));
        var member = host.Factory.CreateBrowserlessClient();

        var published = await member.GetAsync("/asb-case-reviews", TestContext.Current.CancellationToken);
        var staff = await officer.PageAsync("/casework/asb/statistics?year=2025");

        var row = (await published.GetDocumentAsync()).QuerySelectorAll("[data-testid=asb-figures-2025] [data-testid=case-reviews] td").Select(c => c.TextContent).ToList();
        Assert.Equal(["6", "0", "0", "0", "fewer than 5"], row);
        Assert.DoesNotContain("West Yorkshire</th>", (await published.GetDocumentAsync()).DocumentElement.OuterHtml, StringComparison.Ordinal);
        var staffRow = staff.QuerySelectorAll("[data-testid=case-reviews] td").Select(c => c.TextContent).ToList();
        Assert.Equal(["6", "0", "0", "0", "2", "8"], staffRow);
        Assert.Equal(["6", "0", "0", "0", "1", "7"], staff.QuerySelectorAll("[data-testid=threshold-met] td").Select(c => c.TextContent).ToList());
    }

    private static Dictionary<string, string> Assessment() => new Dictionary<string, string>
    {
        ["Eligible"] = "yes",
        ["ExtensionReason"] = "",
        ["CaseReviewId"] = "",
        ["PanelMembers"] = "Casework manager; independent member",
    }
        .With(Date("ExtendedTo", null))
        .With(Date("InformationRequestedOn", null))
        .With(Date("InformationReceivedOn", null))
        .With(Date("PanelOn", null));

    private static Dictionary<string, string> Decision(string decision) => new Dictionary<string, string>
    {
        ["Decision"] = decision,
        ["Rationale"] = "The review did not hear from environmental health.",
    }.With(Date("DecidedOn", Today));
}

/// A clock host whose Calderdale partnership has set a threshold of two complaints.
public abstract class AsbClockHost(DatabaseProvider provider) : ClockHost(provider)
{
    protected override IReadOnlyDictionary<string, string?>? Settings => new Dictionary<string, string?>(base.Settings!)
    {
        ["AsbCaseReviews:PartnershipThresholds:Calderdale"] = "2",
    };
}

public sealed class SqliteAsbClockHost() : AsbClockHost(DatabaseProvider.Sqlite);

public sealed class PostgresAsbClockHost() : AsbClockHost(DatabaseProvider.Postgres);

public sealed class AsbAppealTestsOnSqlite(SqliteAsbClockHost host) : AsbAppealTests(host), IClassFixture<SqliteAsbClockHost>;

public sealed class AsbAppealTestsOnPostgres(PostgresAsbClockHost host) : AsbAppealTests(host), IClassFixture<PostgresAsbClockHost>;
