using System.Net;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Accounts;
using Oversight.Core.Funding.Applications;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Funding;

/// An applicant withdraws a submitted application: it shows as withdrawn, cannot change, and leaves the panel.
public abstract class WithdrawTests(HostFixture host)
{
    [Fact]
    public async Task Withdraw_SubmittedApplication_IsWithdrawnEverywhere()
    {
        var (applicant, id) = await host.SubmittedAsync();
        var url = $"/funding/apply/applications/{id}";
        var roundId = await host.FromDbAsync(db => db.FundingApplications.Where(a => a.Id == id).Select(a => a.RoundId).SingleAsync());
        var office = await host.ClientForRoleAsync(Roles.GrantsOfficer);
        Assert.Contains(ApplicantSteps.Title, await PanelAsync(office, roundId), StringComparison.Ordinal);

        var withdrawn = await applicant.PostFormAsync($"{url}/withdraw", new Dictionary<string, string>());

        Assert.Equal("/funding/apply", withdrawn.Headers.Location?.ToString());
        var mine = await (await applicant.GetAsync("/funding/apply", TestContext.Current.CancellationToken)).GetDocumentAsync();
        var row = mine.QuerySelectorAll("[data-testid=applications] tbody tr").Single(r => r.TextContent.Contains(ApplicantSteps.Title, StringComparison.Ordinal));
        Assert.Contains("Withdrawn", row.TextContent, StringComparison.Ordinal);
        var page = await (await applicant.GetAsync(url, TestContext.Current.CancellationToken)).GetDocumentAsync();
        Assert.Equal("Withdrawn", page.Text("status"));
        Assert.Null(page.QuerySelector($"a[href='{url}/withdraw']"));
        Assert.Null(page.QuerySelector("#ProjectTitle"));

        var edited = await applicant.PostWithTokenFromAsync("/funding/apply/organisation", url, ApplicantSteps.Bid("save").With(("ProjectTitle", "Changed after withdrawing")));
        Assert.Contains("You can only change an application that has not been submitted", (await edited.GetDocumentAsync()).ErrorSummary(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await applicant.PostWithTokenFromAsync("/funding/apply/organisation", $"{url}/withdraw", [])).StatusCode);
        var saved = await host.FromDbAsync(db => db.FundingApplications.SingleAsync(a => a.Id == id));
        Assert.Equal((ApplicationStatus.Withdrawn, ApplicantSteps.Title), (saved.Status, saved.ProjectTitle));
        Assert.NotNull(saved.WithdrawnAt);

        Assert.DoesNotContain(ApplicantSteps.Title, await PanelAsync(office, roundId), StringComparison.Ordinal);
        var decision = await office.PostWithTokenFromAsync("/funding/templates", $"/funding/applications/{id}", ApplicantSteps.Form(("Action", "decide"), ("Decision", "Approve"), ("Reasons", "Late change of heart")));
        Assert.Contains("Only a submitted application can be decided", (await decision.GetDocumentAsync()).ErrorSummary(), StringComparison.Ordinal);
    }

    private static async Task<string> PanelAsync(HttpClient office, Guid roundId) =>
        (await (await office.GetAsync($"/funding/rounds/{roundId}", TestContext.Current.CancellationToken)).GetDocumentAsync()).Text("panel");
}

public sealed class WithdrawTestsOnSqlite(SqliteHost host) : WithdrawTests(host);

public sealed class WithdrawTestsOnPostgres(PostgresHost host) : WithdrawTests(host);
