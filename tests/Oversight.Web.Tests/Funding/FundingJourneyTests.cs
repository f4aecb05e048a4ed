using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Accounts;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Funding;

/// One application from self-registration to the end-of-grant evaluation, through the pages.
public abstract class FundingJourneyTests(HostFixture host)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Application_FromRegistrationToEvaluation_FollowsEveryRule()
    {
        var round = await host.CreateOpenRoundAsync();

        // Registration: the token goes to the outbox, and the account exists only once it is used.
        var email = $"applicant-{Guid.NewGuid():N}@example.org";
        var anonymous = host.Factory.CreateBrowserlessClient();
        var registered = await (await anonymous.PostFormAsync("/funding/register", Form(("DisplayName", "Robin Applicant"), ("Email", email)))).GetDocumentAsync();
        Assert.Contains(email, registered.Text("sent"), StringComparison.Ordinal);
        Assert.False(await host.FromDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
        var token = await host.TokenSentToAsync(email);
        var confirmUrl = $"/funding/register/confirm?token={token}";
        var confirmed = await anonymous.PostFormAsync(confirmUrl, Form(("Token", token), ("Password", HostFixture.Password)));
        Assert.Equal("/sign-in?confirmed=1", confirmed.Headers.Location?.ToString());
        var reused = await (await anonymous.GetAsync(confirmUrl, None)).GetDocumentAsync();
        Assert.NotEmpty(reused.Text("expired"));
        var applicant = await host.SignInAsync(email);

        // A private company may keep a profile, but not be funded.
        Assert.Equal(HttpStatusCode.Redirect, (await applicant.PostFormAsync("/funding/apply/organisation", Profile("PrivateCompany"))).StatusCode);
        var id = await StartAsync(applicant, round.Id);
        var overCeiling = await SubmitAsync(applicant, id, Bid(("StrandCode", "standard"), ("Amount", "25000"), ("BudgetAmount[0]", "25000")));
        Assert.Contains("Enter an amount of £20,000 or less for a standard grant", overCeiling, StringComparison.Ordinal);
        Assert.Contains("Private companies cannot apply to this round", overCeiling, StringComparison.Ordinal);

        await applicant.PostFormAsync("/funding/apply/organisation", Profile("Voluntary"));
        var outsideArea = await SubmitAsync(applicant, id, Bid(("StrandCode", "clear-hold-build"), ("Area", "")));
        Assert.Contains("Select an area where Clear, Hold, Build grant projects can take place: Bradford BD3, Kirklees Ashbrow, Leeds Harehills or Calderdale Park Ward", outsideArea, StringComparison.Ordinal);
        var noPartners = await SubmitAsync(applicant, id, Bid(("StrandCode", "collaborative")));
        Assert.Contains("Enter at least one partner organisation for a collaborative grant", noPartners, StringComparison.Ordinal);

        // A draft in a round that has since closed cannot be submitted.
        var closing = await host.CreateOpenRoundAsync();
        var late = await StartAsync(applicant, closing.Id);
        await host.WithDbAsync(db => db.FundingRounds.Where(r => r.Id == closing.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.Closes, r => r.Opens)));
        Assert.Contains($"{closing.Name} closed on", await SubmitAsync(applicant, late, Bid()), StringComparison.Ordinal);

        // Save and return keeps the answers.
        var saved = await (await applicant.PostFormAsync($"/funding/apply/applications/{id}", Bid(("Action", "save"), ("StrandCode", "clear-hold-build"), ("Area", "Leeds Harehills")))).GetDocumentAsync();
        Assert.NotEmpty(saved.Text("saved"));
        var reopened = await (await applicant.GetAsync($"/funding/apply/applications/{id}", None)).GetDocumentAsync();
        Assert.Equal("Youth boxing", reopened.QuerySelector("#ProjectTitle")?.GetAttribute("value"));

        // Documents: type, content and size are checked.
        var wrongType = await (await applicant.PostMultipartFormAsync($"/funding/apply/applications/{id}/documents", ("Kind", "constitution"), "notes.exe", Encoding.UTF8.GetBytes("hello"))).GetDocumentAsync();
        Assert.Contains("The selected file notes.exe must be a PDF, DOCX, XLSX, ODT, JPG, PNG, CSV or TXT", wrongType.ErrorSummary(), StringComparison.Ordinal);
        var disguised = await (await applicant.PostMultipartFormAsync($"/funding/apply/applications/{id}/documents", ("Kind", "constitution"), "virus.pdf", "MZ-not-a-pdf"u8.ToArray())).GetDocumentAsync();
        Assert.Contains("The selected file virus.pdf is not a complete PDF", disguised.ErrorSummary(), StringComparison.Ordinal);
        var uploaded = await applicant.PostMultipartFormAsync($"/funding/apply/applications/{id}/documents", ("Kind", "constitution"), "constitution.pdf", ApplicantSteps.Constitution);
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);

        var submitted = await applicant.PostFormAsync($"/funding/apply/applications/{id}", Bid(("Action", "submit"), ("StrandCode", "clear-hold-build"), ("Area", "Leeds Harehills")));
        Assert.Equal($"/funding/apply/applications/{id}/submitted", submitted.Headers.Location?.ToString());
        var confirmation = await (await applicant.GetAsync(submitted.Headers.Location!.ToString(), None)).GetDocumentAsync();
        Assert.StartsWith($"SCF{round.Number}-", confirmation.Text("reference"), StringComparison.Ordinal);

        // Another applicant organisation cannot see it.
        var stranger = await host.SignedInClientAsync(Roles.Applicant);
        await stranger.PostFormAsync("/funding/apply/organisation", Profile("Community"));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/funding/apply/applications/{id}", None)).StatusCode);

        // Assessment: a declared conflict is recorded and blocks scoring; the other assessor scores.
        var office = await host.ClientForRoleAsync(Roles.GrantsOfficer);
        var conflictedEmail = await host.CreateUserAsync(Roles.GrantsOfficer);
        var assessorEmail = await host.CreateUserAsync(Roles.Leadership);
        foreach (var assessor in new[] { conflictedEmail, assessorEmail })
        {
            var assigned = await office.PostFormAsync($"/funding/applications/{id}", Form(("Action", "assign"), ("AssessorId", await host.UserIdAsync(assessor))));
            Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        }

        var conflicted = await host.SignInAsync(conflictedEmail);
        var beforeDeclaring = await (await conflicted.GetAsync($"/funding/applications/{id}/assess", None)).GetDocumentAsync();
        Assert.DoesNotContain("Youth boxing", beforeDeclaring.Body!.TextContent, StringComparison.Ordinal);
        await conflicted.PostFormAsync($"/funding/applications/{id}/assess", Form(("Action", "declare"), ("HasConflict", "true"), ("ConflictDetails", "I am a trustee of the applicant")));
        var blocked = await (await conflicted.PostCraftedFormAsync($"/funding/applications/{id}/assess", Scores("5", "5", "5"))).GetDocumentAsync();
        Assert.Contains("You declared a conflict of interest", blocked.Text("conflict"), StringComparison.Ordinal);
        var conflictRecord = await host.FromDbAsync(db => db.AssessorAssignments.SingleAsync(a => a.ApplicationId == id && a.HasConflict == true));
        Assert.Equal(("I am a trustee of the applicant", (decimal?)null), (conflictRecord.ConflictDetails, conflictRecord.Score));

        var assessorClient = await host.SignInAsync(assessorEmail);
        await assessorClient.PostFormAsync($"/funding/applications/{id}/assess", Form(("Action", "declare"), ("HasConflict", "false")));
        var outOfRange = await (await assessorClient.PostFormAsync($"/funding/applications/{id}/assess", Scores("6", "4", "5"))).GetDocumentAsync();
        Assert.Contains("Enter a score for evidence of need from 0 to 5", outOfRange.ErrorSummary(), StringComparison.Ordinal);
        await assessorClient.PostFormAsync($"/funding/applications/{id}/assess", Scores("4", "4", "5"));
        var scored = await (await assessorClient.GetAsync($"/funding/applications/{id}/assess", None)).GetDocumentAsync();
        Assert.Equal("Your weighted score: 84.00", scored.Text("score"));

        // Panel and decision.
        var panel = await (await office.GetAsync($"/funding/rounds/{round.Id}", None)).GetDocumentAsync();
        var row = panel.QuerySelectorAll("[data-testid=panel] tbody tr").Single(r => r.TextContent.Contains("Youth boxing", StringComparison.Ordinal));
        Assert.Contains("84.00", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("£80,000", row.TextContent, StringComparison.Ordinal);
        await host.ReadyToDecideAsync(id);
        var (decider, _) = await host.DeciderAsync("deputy-mayor");
        var decided = await decider.PostFormAsync($"/funding/applications/{id}", DecisionSteps.Decide("ApproveReduced", "Strong bid; equipment costs reduced", ("ReducedAmount", "15000")));
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        var notice = await (await office.GetAsync($"/funding/applications/{id}", None)).GetDocumentAsync();
        Assert.Contains("£15,000 of £20,000 asked for", notice.Text("decision-notice"), StringComparison.Ordinal);
        Assert.Contains("Strong bid; equipment costs reduced", notice.Text("decision-notice"), StringComparison.Ordinal);
        var grantId = Guid.Parse(notice.QuerySelector("[data-testid=grant]")!.GetAttribute("href")!.Split('/')[^1]);

        // Award letter and acceptance; the second tranche waits for its milestone.
        var grantPage = await (await applicant.GetAsync($"/funding/apply/grants/{grantId}", None)).GetDocumentAsync();
        Assert.Contains("awarded you £15,000", grantPage.Text("letter"), StringComparison.Ordinal);
        await applicant.PostFormAsync($"/funding/apply/grants/{grantId}", Form(("Action", "accept")));
        Assert.Equal(HttpStatusCode.Redirect, (await office.PostFormAsync($"/funding/grants/{grantId}", Form(("Action", "release"), ("Tranche", "1")))).StatusCode);
        var refused = await (await office.PostFormAsync($"/funding/grants/{grantId}", Form(("Action", "release"), ("Tranche", "2")))).GetDocumentAsync();
        Assert.Contains("Tranche 2 is blocked until the milestone \"Interim monitoring return accepted\" is signed off", refused.ErrorSummary(), StringComparison.Ordinal);
        Assert.Null(await host.FromDbAsync(db => db.PaymentTranches.Where(t => t.GrantId == grantId && t.Number == 2).Select(t => t.ReleasedOn).SingleAsync()));

        // Monitoring return, sign-off, payment, evaluation.
        var returnId = await host.FromDbAsync(db => db.MonitoringReturns.Where(r => r.GrantId == grantId).OrderBy(r => r.DueOn).Select(r => r.Id).FirstAsync());
        var personal = await (await applicant.PostFormAsync($"/funding/apply/grants/{grantId}", Return(returnId, "Call jo@example.org"))).GetDocumentAsync();
        Assert.Contains("Give totals only", personal.ErrorSummary(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await applicant.PostFormAsync($"/funding/apply/grants/{grantId}", Return(returnId, "female 40, male 35"))).StatusCode);
        await office.PostFormAsync($"/funding/grants/{grantId}", Form(("Action", "sign-off"), ("Tranche", "2")));
        Assert.Equal(HttpStatusCode.Redirect, (await office.PostFormAsync($"/funding/grants/{grantId}", Form(("Action", "release"), ("Tranche", "2")))).StatusCode);
        await office.PostFormAsync($"/funding/grants/{grantId}", Form(("Action", "evaluate"), ("Delivery", "Partly"), ("Evidence", "Two of three outcomes met; attendance records")));
        var evaluated = await (await office.GetAsync($"/funding/grants/{grantId}", None)).GetDocumentAsync();
        Assert.Equal("Delivered partly: Two of three outcomes met; attendance records", evaluated.Text("evaluation"));
        Assert.Contains("Paid", evaluated.Text("tranche-2"), StringComparison.Ordinal);

        // The award is public open data, without the applicant's name or e-mail address.
        var reference = await host.FromDbAsync(db => db.FundingApplications.Where(a => a.Id == id).Select(a => a.Reference).SingleAsync());
        var openData = await anonymous.GetAsync($"/funding/open-data/{round.FinancialYear}.json", None);
        var published = await openData.Content.ReadAsStringAsync(None);
        Assert.Equal("application/json", openData.Content.Headers.ContentType?.MediaType);
        var grant = System.Text.Json.JsonDocument.Parse(published).RootElement.GetProperty("grants").EnumerateArray().Single(g => g.GetProperty("id").GetString() == $"360G-wymca-{reference}");
        Assert.Equal(15_000m, grant.GetProperty("amountAwarded").GetDecimal());
        Assert.DoesNotContain(email, published, StringComparison.Ordinal);
        Assert.DoesNotContain("Robin Applicant", published, StringComparison.Ordinal);
    }

    private static async Task<Guid> StartAsync(HttpClient applicant, Guid roundId)
    {
        var started = await applicant.PostFormAsync("/funding/apply", Form(("roundId", roundId.ToString())));
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        return FundingSteps.IdFrom(started.Headers.Location);
    }

    private static async Task<string> SubmitAsync(HttpClient applicant, Guid id, Dictionary<string, string> bid)
    {
        bid["Action"] = "submit";
        var response = await applicant.PostFormAsync($"/funding/apply/applications/{id}", bid);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.GetDocumentAsync()).ErrorSummary();
    }

    private static Dictionary<string, string> Bid(params (string Key, string Value)[] changes)
    {
        var bid = Form(
            ("StrandCode", "standard"), ("ProjectTitle", "Youth boxing"), ("Summary", "Boxing sessions for young people at risk of exploitation"),
            ("District", "Leeds"), ("Wards", "Gipton and Harehills"), ("Amount", "20000"), ("PeopleExpected", "120"),
            ("Priorities", "keeping-people-safe"), ("Themes", "men-and-boys"),
            ("BudgetItem[0]", "Coaches"), ("BudgetAmount[0]", "15000"), ("BudgetItem[1]", "Equipment"), ("BudgetAmount[1]", "5000"),
            ("OutcomeDescription[0]", "Young people feel safer"), ("OutcomeIndicator[0]", "Survey at start and end"));
        foreach (var (key, value) in changes)
        {
            bid[key] = value;
        }

        if (changes.Any(c => c.Key == "Amount") && !changes.Any(c => c.Key == "BudgetItem[1]"))
        {
            bid.Remove("BudgetItem[1]");
            bid.Remove("BudgetAmount[1]");
        }

        return bid;
    }

    private static Dictionary<string, string> Profile(string type) =>
        Form(("Name", "Harehills Youth Boxing " + type), ("Type", type), ("CharityNumber", "1012345"), ("CompanyNumber", ""), ("District", "Leeds"));

    private static Dictionary<string, string> Scores(string need, string delivery, string value) =>
        Form(("Action", "score"), ("Score-need", need), ("Score-delivery", delivery), ("Score-value", value), ("Comment-need", "Clear local evidence"));

    private static Dictionary<string, string> Return(Guid returnId, string characteristics) =>
        Form(("ReturnId", returnId.ToString()), ("Action", "return"), ("Progress", "Sessions running weekly"), ("Spend", "7000"), ("PeopleReached", "64"), ("Characteristics", characteristics), ("OutcomesAchieved", "Half way"));

    private static Dictionary<string, string> Form(params (string Key, string Value)[] fields) =>
        fields.ToDictionary(f => f.Key, f => f.Value);
}

public sealed class FundingJourneyTestsOnSqlite(SqliteHost host) : FundingJourneyTests(host);

public sealed class FundingJourneyTestsOnPostgres(PostgresHost host) : FundingJourneyTests(host);
