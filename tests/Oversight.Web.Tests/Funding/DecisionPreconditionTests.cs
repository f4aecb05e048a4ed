using System.Net;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Funding.Applications;
using Oversight.Core.Funding.Assessment;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Funding;

/// A funding decision is taken only on evidence and by the person the scheme of delegation names: each missing
/// precondition refuses with a clear message and changes nothing.
public abstract class DecisionPreconditionTests(HostFixture host)
{
    [Fact]
    public async Task OpenRound_IsRefused()
    {
        var (_, id) = await host.SubmittedAsync();
        var (decider, _) = await host.DeciderAsync();

        await AssertRefusedAsync(decider, id, "is open until");
    }

    [Fact]
    public async Task MissingScores_AreRefused_NamingTheBids()
    {
        var (_, id) = await host.SubmittedAsync();
        await host.ReadyToDecideAsync(id, score: false);
        var (decider, _) = await host.DeciderAsync();

        var reference = await host.FromDbAsync(db => db.FundingApplications.Where(a => a.Id == id).Select(a => a.Reference).SingleAsync());
        await AssertRefusedAsync(decider, id, $"fewer than 2 independent scores ({reference})");
    }

    [Fact]
    public async Task MissingModerationOrRecommendation_IsRefused()
    {
        var (_, id) = await host.SubmittedAsync();
        await host.ReadyToDecideAsync(id, moderate: false, recommend: false);
        var (decider, _) = await host.DeciderAsync();

        var errors = await AssertRefusedAsync(decider, id, "Record the moderation of the scores before the decision");
        Assert.Contains("Write the panel's recommendation before the decision", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeciderWhoScoredTheBid_IsRefused()
    {
        var (_, id) = await host.SubmittedAsync();
        var (decider, deciderId) = await host.DeciderAsync();
        await host.WithDbAsync(async db =>
        {
            db.AssessorAssignments.Add(new AssessorAssignment { ApplicationId = id, AssessorUserId = deciderId, AssessorName = "The decider", HasConflict = false, Score = 90m });
            await db.SaveChangesAsync();
        });
        await host.ReadyToDecideAsync(id);

        await AssertRefusedAsync(decider, id, "You scored this application, so someone else must decide it");
    }

    [Fact]
    public async Task ConflictedDecider_IsRefused()
    {
        var (_, id) = await host.SubmittedAsync();
        var (decider, deciderId) = await host.DeciderAsync();
        await host.WithDbAsync(async db =>
        {
            db.AssessorAssignments.Add(new AssessorAssignment { ApplicationId = id, AssessorUserId = deciderId, AssessorName = "The decider", HasConflict = true, ConflictDetails = "Trustee of the applicant" });
            await db.SaveChangesAsync();
        });
        await host.ReadyToDecideAsync(id);

        await AssertRefusedAsync(decider, id, "You declared a conflict of interest with this application", HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task DecisionOverTheThreshold_GoesToTheNamedPost()
    {
        var (_, id) = await host.SubmittedAsync();
        await host.ReadyToDecideAsync(id);
        var (grantsManager, _) = await host.DeciderAsync("grants-manager");

        await AssertRefusedAsync(grantsManager, id, "Grant award decisions of £20,000 are taken by the Deputy Mayor for Policing and Crime");

        // The grants manager may award a reduced £8,000 (within their £10,000); the page showed the whole bid first.
        var page = await (await grantsManager.GetAsync($"/funding/applications/{id}", TestContext.Current.CancellationToken)).GetDocumentAsync();
        Assert.Contains("Coaches", page.Text("budget"), StringComparison.Ordinal);
        Assert.Contains("Survey at start and end", page.Text("outcomes"), StringComparison.Ordinal);
        Assert.Contains("Keeping People Safe", page.Text("priorities"), StringComparison.Ordinal);
        Assert.Contains("Fund in full", page.Text("recommendation"), StringComparison.Ordinal);
        Assert.Contains("£80,000 of £100,000", page.Text("remaining"), StringComparison.Ordinal);
        var unconfirmed = await grantsManager.PostFormAsync($"/funding/applications/{id}", ApplicantSteps.Form(("Action", "decide"), ("Decision", "ApproveReduced"), ("ReducedAmount", "8000"), ("Reasons", "Coaching costs halved")));
        Assert.Contains("Confirm that you have read the bid", (await unconfirmed.GetDocumentAsync()).ErrorSummary(), StringComparison.Ordinal);
        var reduced = await grantsManager.PostFormAsync($"/funding/applications/{id}", DecisionSteps.Decide("ApproveReduced", "Coaching costs halved", ("ReducedAmount", "8000")));
        Assert.Equal(HttpStatusCode.Redirect, reduced.StatusCode);
        var saved = await host.FromDbAsync(db => db.FundingApplications.SingleAsync(a => a.Id == id));
        Assert.Equal((ApplicationStatus.ApprovedReduced, (decimal?)8000m, "Coaching costs halved"), (saved.Status, saved.AwardedAmount, saved.DecisionReasons));
    }

    private async Task<string> AssertRefusedAsync(HttpClient decider, Guid id, string message, HttpStatusCode status = HttpStatusCode.OK)
    {
        // A decider refused outright (403) is shown no decision form, so their post is a crafted one.
        var url = $"/funding/applications/{id}";
        var response = status == HttpStatusCode.Forbidden
            ? await decider.PostCraftedFormAsync(url, DecisionSteps.Decide("Approve", "A good bid"))
            : await decider.PostFormAsync(url, DecisionSteps.Decide("Approve", "A good bid"));
        var errors = (await response.GetDocumentAsync()).ErrorSummary();
        Assert.Equal(status, response.StatusCode);
        Assert.Contains(message, errors, StringComparison.Ordinal);
        var saved = await host.FromDbAsync(db => db.FundingApplications.SingleAsync(a => a.Id == id));
        Assert.Equal((ApplicationStatus.Submitted, (decimal?)null, (string?)null), (saved.Status, saved.AwardedAmount, saved.DecisionReasons));
        Assert.False(await host.FromDbAsync(db => db.Grants.AnyAsync(g => g.ApplicationId == id)));
        return errors;
    }
}

public sealed class DecisionPreconditionTestsOnSqlite(SqliteHost host) : DecisionPreconditionTests(host);

public sealed class DecisionPreconditionTestsOnPostgres(PostgresHost host) : DecisionPreconditionTests(host);
