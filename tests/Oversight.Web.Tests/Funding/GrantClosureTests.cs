using System.Net;
using Oversight.Core.Accounts;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Funding;

/// The end of a grant on its page: the evaluation against the original outcomes and the clawback of unspent money.
public abstract class GrantClosureTests(HostFixture host)
{
    [Fact]
    public async Task EndOfGrant_EvaluationAndClawbackOfUnspentMoney()
    {
        // The scheme of delegation gives a clawback of up to £5,000 to the grants manager.
        var (office, _) = await host.PostHolderAsync(Roles.GrantsOfficer, "grants-manager");
        var grantId = await PaidGrantSpending8500Async();
        var url = $"/funding/grants/{grantId}";

        var unjudged = await (await office.PostFieldsAsync(url, new Dictionary<string, string> { ["Action"] = "evaluate", ["Evidence"] = "" })).GetDocumentAsync();
        Assert.Contains("Select whether the project delivered its outcomes fully, partly or not", unjudged.ErrorSummary(), StringComparison.Ordinal);
        Assert.Contains("Enter the evidence for your judgement", unjudged.ErrorSummary(), StringComparison.Ordinal);
        var noReason = await (await office.PostFieldsAsync(url, new Dictionary<string, string> { ["Action"] = "clawback", ["ClawbackReason"] = " " })).GetDocumentAsync();
        Assert.Contains("Enter the reason for the clawback", noReason.ErrorSummary(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await office.PostFieldsAsync(url, new Dictionary<string, string> { ["Action"] = "evaluate", ["Delivery"] = "Fully", ["Evidence"] = "Registers and surveys" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await office.PostFieldsAsync(url, new Dictionary<string, string> { ["Action"] = "clawback", ["ClawbackReason"] = "Venue costs came in under budget" })).StatusCode);

        var page = await (await office.GetAsync(url, TestContext.Current.CancellationToken)).GetDocumentAsync();
        Assert.Equal("Delivered fully: Registers and surveys", page.Text("evaluation"));
        Assert.Equal("£1,500 to be returned: Venue costs came in under budget", page.Text("clawback"));
    }

    // £10,000 paid in two tranches; the latest return says £8,500 was spent.
    private Task<Guid> PaidGrantSpending8500Async() =>
        host.CreateGrantAsync(
            10_000m,
            [
                new() { Number = 1, Amount = 6_000m, ReleasedOn = new DateOnly(2025, 1, 6) },
                new() { Number = 2, Amount = 4_000m, Milestone = "Interim monitoring return accepted", MilestoneSignedOffAt = DateTimeOffset.UnixEpoch, ReleasedOn = new DateOnly(2025, 7, 7) },
            ],
            [
                new() { DueOn = new DateOnly(2025, 7, 1), SubmittedAt = DateTimeOffset.UnixEpoch, Spend = 5_000m, PeopleReached = 40, Progress = "Half way" },
                new() { DueOn = new DateOnly(2026, 1, 31), SubmittedAt = DateTimeOffset.UnixEpoch, Spend = 8_500m, PeopleReached = 90, Progress = "Finished" },
            ]);
}

public sealed class GrantClosureTestsOnSqlite(SqliteHost host) : GrantClosureTests(host);

public sealed class GrantClosureTestsOnPostgres(PostgresHost host) : GrantClosureTests(host);
