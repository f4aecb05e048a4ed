using System.Net;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Accounts;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Funding;

/// After the award: each form error lands on its own field, and the reports count people reached from returns.
public abstract class GrantFormsTests(HostFixture host)
{
    [Fact]
    public async Task MonitoringReturn_PersonalDataInProgress_IsReportedOnProgress()
    {
        var (applicant, grantId) = await AwardedAsync();
        var url = $"/funding/apply/grants/{grantId}";

        var page = await (await applicant.PostFormAsync(url, await ReturnAsync(grantId, "Ring Jo on 07700 900123 to join", "female 40, male 35", "64"))).GetDocumentAsync();

        Assert.Equal("#Progress", page.QuerySelector(".govuk-error-summary a")?.GetAttribute("href"));
        Assert.Contains("Describe progress without names, email addresses or phone numbers", page.QuerySelector("#Progress-error")?.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#Characteristics-error"));
        var characteristics = await (await applicant.PostFormAsync(url, await ReturnAsync(grantId, "Sessions running", "jo@example.org is disabled", "64"))).GetDocumentAsync();
        Assert.Contains("Give totals only", characteristics.QuerySelector("#Characteristics-error")?.TextContent, StringComparison.Ordinal);
        Assert.Null(characteristics.QuerySelector("#Progress-error"));
    }

    [Fact]
    public async Task MonitoringReturn_BeforeTheAgreementIsAccepted_IsRefusedAndSavesNothing()
    {
        var (applicant, grantId) = await AwardedAsync(accept: false);

        var page = await (await applicant.PostFormAsync($"/funding/apply/grants/{grantId}", await ReturnAsync(grantId, "Sessions running", "female 30", "64"))).GetDocumentAsync();

        // The form itself stays hidden until acceptance, so the refusal shows in the error summary.
        Assert.Contains("Accept the grant agreement before sending a monitoring return", page.QuerySelector(".govuk-error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.False(await host.FromDbAsync(db => db.MonitoringReturns.AnyAsync(r => r.GrantId == grantId && r.SubmittedAt != null)));
    }

    [Fact]
    public async Task CaseStudy_WithoutTitleOrStory_ShowsOneErrorOnEachField()
    {
        var (_, grantId) = await AwardedAsync();
        var office = await host.ClientForRoleAsync(Roles.GrantsOfficer);
        var url = $"/funding/grants/{grantId}";

        var neither = await (await office.PostFormAsync(url, ApplicantSteps.Form(("Action", "case-study"), ("CaseStudyTitle", ""), ("CaseStudyStory", " ")))).GetDocumentAsync();
        var noStory = await (await office.PostFormAsync(url, ApplicantSteps.Form(("Action", "case-study"), ("CaseStudyTitle", "Back in the ring"), ("CaseStudyStory", "")))).GetDocumentAsync();

        Assert.Equal(["#CaseStudyStory", "#CaseStudyTitle"], neither.QuerySelectorAll(".govuk-error-summary a").Select(a => a.GetAttribute("href")).Order(StringComparer.Ordinal));
        Assert.Contains("Enter a title for the case study", neither.QuerySelector("#CaseStudyTitle-error")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Enter the story", neither.QuerySelector("#CaseStudyStory-error")?.TextContent, StringComparison.Ordinal);
        Assert.Null(noStory.QuerySelector("#CaseStudyTitle-error"));
        Assert.Contains("Enter the story", noStory.QuerySelector("#CaseStudyStory-error")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_ShowPeopleExpectedAndPeopleReachedByTheLatestReturn()
    {
        var (applicant, grantId) = await AwardedAsync();
        var url = $"/funding/apply/grants/{grantId}";
        Assert.Equal(HttpStatusCode.Redirect, (await applicant.PostFormAsync(url, await ReturnAsync(grantId, "Half way", "female 30, male 34", "64"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await applicant.PostFormAsync(url, await ReturnAsync(grantId, "Finished", "female 50, male 50", "100"))).StatusCode);
        var round = await host.FromDbAsync(db => db.Grants.Where(g => g.Id == grantId).Select(g => new { g.Application!.Round!.Number, g.Application.Round.FinancialYear }).SingleAsync());
        var office = await host.ClientForRoleAsync(Roles.GrantsOfficer);

        var report = await (await office.GetAsync($"/funding/reports?year={round.FinancialYear}", TestContext.Current.CancellationToken)).GetDocumentAsync();

        var row = report.QuerySelector($"[data-testid=by-round] tr[data-key='{round.Number}']")!;
        Assert.Equal(("120", "100"), (row.QuerySelector("[data-testid=expected]")?.TextContent, row.QuerySelector("[data-testid=reached]")?.TextContent));
        Assert.Contains("expected to reach", report.Text("total"), StringComparison.Ordinal);
        Assert.Contains("People reached so far", report.Text("total-reached"), StringComparison.Ordinal);
    }

    private async Task<(HttpClient Applicant, Guid GrantId)> AwardedAsync(bool accept = true)
    {
        var (applicant, id) = await host.SubmittedAsync();
        await host.ReadyToDecideAsync(id);
        var (decider, _) = await host.DeciderAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await decider.PostFormAsync($"/funding/applications/{id}", DecisionSteps.Decide("Approve", "Strong bid"))).StatusCode);
        var grantId = await host.FromDbAsync(db => db.Grants.Where(g => g.ApplicationId == id).Select(g => g.Id).SingleAsync());
        if (accept)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await applicant.PostFormAsync($"/funding/apply/grants/{grantId}", ApplicantSteps.Form(("Action", "accept")))).StatusCode);
        }

        return (applicant, grantId);
    }

    // The next return due, as the applicant's page offers it.
    private async Task<Dictionary<string, string>> ReturnAsync(Guid grantId, string progress, string characteristics, string people)
    {
        var returnId = await host.FromDbAsync(db => db.MonitoringReturns.Where(r => r.GrantId == grantId && r.SubmittedAt == null).OrderBy(r => r.DueOn).Select(r => r.Id).FirstAsync());
        return ApplicantSteps.Form(("ReturnId", returnId.ToString()), ("Action", "return"), ("Progress", progress), ("Spend", "7000"), ("PeopleReached", people), ("Characteristics", characteristics), ("OutcomesAchieved", "On track"));
    }
}

public sealed class GrantFormsTestsOnSqlite(SqliteHost host) : GrantFormsTests(host);

public sealed class GrantFormsTestsOnPostgres(PostgresHost host) : GrantFormsTests(host);
