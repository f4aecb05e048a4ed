using System.Net;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Accounts;
using Oversight.Core.Audit;
using Oversight.Core.Funding.Applications;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Funding;

/// A declared conflict of interest keeps the person away from the whole application, not only from scoring.
public abstract class ConflictOfInterestTests(HostFixture host)
{
    [Fact]
    public async Task ConflictedAssessor_CannotSeeTheApplicationItsDocumentsOrGrant_NorRecordTheDecision()
    {
        var (_, id) = await host.SubmittedAsync();
        var url = $"/funding/applications/{id}";
        var office = await host.ClientForRoleAsync(Roles.GrantsOfficer);
        var email = await host.CreateUserAsync(Roles.GrantsOfficer);
        Assert.Equal(HttpStatusCode.Redirect, (await office.PostFormAsync(url, ApplicantSteps.Form(("Action", "assign"), ("AssessorId", await host.UserIdAsync(email))))).StatusCode);
        var assessor = await host.SignInAsync(email);

        var undeclared = await assessor.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, undeclared.StatusCode);
        Assert.Contains("Declare any conflict of interest before you see it", (await undeclared.GetDocumentAsync()).Text("refusal"), StringComparison.Ordinal);

        await assessor.PostFormAsync($"{url}/assess", ApplicantSteps.Form(("Action", "declare"), ("HasConflict", "true"), ("ConflictDetails", "My sister runs the club")));
        var refused = await assessor.GetAsync(url, TestContext.Current.CancellationToken);
        var page = await refused.GetDocumentAsync();
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("You declared a conflict of interest with this application", page.Text("refusal"), StringComparison.Ordinal);
        Assert.DoesNotContain(ApplicantSteps.Title, page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Gipton Boxing", page.Body.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("£20,000", page.Body.TextContent, StringComparison.Ordinal);
        var roundId = await host.FromDbAsync(db => db.FundingApplications.Where(a => a.Id == id).Select(a => a.RoundId).SingleAsync());
        var panel = await (await assessor.GetAsync($"/funding/rounds/{roundId}", TestContext.Current.CancellationToken)).GetDocumentAsync();
        Assert.Contains("Hidden because of your conflict of interest declaration", panel.Text("barred"), StringComparison.Ordinal);
        Assert.DoesNotContain(ApplicantSteps.Title, panel.Text("panel"), StringComparison.Ordinal);
        var documentId = await host.FromDbAsync(db => db.ApplicationDocuments.Where(d => d.ApplicationId == id).Select(d => d.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await assessor.GetAsync($"{url}/documents/{documentId}", TestContext.Current.CancellationToken)).StatusCode);

        var decided = await assessor.PostWithTokenFromAsync("/funding/templates", url, ApplicantSteps.Form(("Action", "decide"), ("Decision", "Approve"), ("Reasons", "Good bid")));
        Assert.Equal(HttpStatusCode.Forbidden, decided.StatusCode);
        Assert.Contains("You declared a conflict of interest with this application, so you cannot record its decision", (await decided.GetDocumentAsync()).ErrorSummary(), StringComparison.Ordinal);
        Assert.Equal(ApplicationStatus.Submitted, await host.FromDbAsync(db => db.FundingApplications.Where(a => a.Id == id).Select(a => a.Status).SingleAsync()));

        // Staff without a conflict decide; the conflicted assessor cannot open the grant either.
        await host.ReadyToDecideAsync(id);
        var (decider, _) = await host.DeciderAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await decider.PostFormAsync(url, DecisionSteps.Decide("Approve", "Good bid"))).StatusCode);
        var grantId = await host.FromDbAsync(db => db.Grants.Where(g => g.ApplicationId == id).Select(g => g.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.OK, (await office.GetAsync($"/funding/grants/{grantId}", TestContext.Current.CancellationToken)).StatusCode);
        var grant = await assessor.GetAsync($"/funding/grants/{grantId}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, grant.StatusCode);
        Assert.DoesNotContain(ApplicantSteps.Title, (await grant.GetDocumentAsync()).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OfficeView_OfAnApplication_IsAudited()
    {
        var (_, id) = await host.SubmittedAsync();
        var office = await host.SignedInClientAsync(Roles.Leadership);

        var page = await (await office.GetAsync($"/funding/applications/{id}", TestContext.Current.CancellationToken)).GetDocumentAsync();

        Assert.Contains(ApplicantSteps.Title, page.QuerySelector("h1")?.TextContent, StringComparison.Ordinal);
        var views = await host.FromDbAsync(db => db.AuditEntries
            .Where(a => a.Action == AuditAction.Viewed && a.EntityType == nameof(FundingApplication) && a.EntityId == id.ToString()).ToListAsync());
        Assert.Single(views);
    }
}

public sealed class ConflictOfInterestTestsOnSqlite(SqliteHost host) : ConflictOfInterestTests(host);

public sealed class ConflictOfInterestTestsOnPostgres(PostgresHost host) : ConflictOfInterestTests(host);
