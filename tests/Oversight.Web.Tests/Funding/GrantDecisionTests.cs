using System.Net;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Accounts;
using Oversight.Core.Decisions;
using Oversight.Core.Funding.Grants;
using Oversight.Domain.Decisions;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Funding;

/// The decisions taken on a grant after its award go through the scheme of delegation: releasing a payment, varying
/// the grant and clawing money back each refuse the wrong person and an amount over their limit, and change nothing.
public abstract class GrantDecisionTests(HostFixture host)
{
    [Fact]
    public async Task TrancheRelease_OverTheGrantsOfficersLimit_GoesToTheChiefFinanceOfficer()
    {
        // Arrange: £120,000 in two payments of £70,000 and £50,000, nothing paid yet
        var grantId = await GrantAsync(120_000m, [(70_000m, false), (50_000m, false)], spent: null);
        var url = $"/funding/grants/{grantId}";
        var officer = await host.ClientForRoleAsync(Roles.GrantsOfficer);
        var (deputy, _) = await host.DeciderAsync("deputy-mayor");
        var (finance, _) = await host.DeciderAsync("chief-finance-officer");

        // Act
        var overLimit = await (await officer.PostFieldsAsync(url, Release(1))).GetDocumentAsync();
        var wrongPerson = await (await deputy.PostFieldsAsync(url, Release(1))).GetDocumentAsync();
        var paidAfterRefusals = await PaidAsync(grantId);
        var byFinance = await finance.PostFieldsAsync(url, Release(1));
        var secondByDeputy = await (await deputy.PostFieldsAsync(url, Release(2))).GetDocumentAsync();
        var secondByOfficer = await officer.PostFieldsAsync(url, Release(2));

        // Assert
        Assert.Contains("Release of a grant payment decisions over £50,000 are taken by the Chief Finance Officer; this one is £70,000", overLimit.ErrorSummary(), StringComparison.Ordinal);
        Assert.Contains("Release of a grant payment decisions over £50,000 are taken by the Chief Finance Officer; this one is £70,000", wrongPerson.ErrorSummary(), StringComparison.Ordinal);
        Assert.Equal(0m, paidAfterRefusals);
        Assert.Equal(HttpStatusCode.Redirect, byFinance.StatusCode);
        Assert.Contains("Release of a grant payment decisions of £50,000 are taken by someone with the GrantsOfficer role", secondByDeputy.ErrorSummary(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, secondByOfficer.StatusCode);
        Assert.Equal(120_000m, await PaidAsync(grantId));
    }

    [Fact]
    public async Task Variation_RefusesTheWrongPersonAndOverTheLimit_ThenMovesTheDifferenceOntoTheLastPayment()
    {
        // Arrange: £8,000, £5,000 paid and £3,000 to come
        var grantId = await GrantAsync(8_000m, [(5_000m, true), (3_000m, false)], spent: null);
        var url = $"/funding/grants/{grantId}";
        var officer = await host.ClientForRoleAsync(Roles.GrantsOfficer);
        var (manager, _) = await host.PostHolderAsync(Roles.GrantsOfficer, "grants-manager");

        // Act
        var wrongPerson = await (await officer.PostFieldsAsync(url, Vary("9000", "More sessions"))).GetDocumentAsync();
        var overLimit = await (await manager.PostFieldsAsync(url, Vary("12000", "More sessions"))).GetDocumentAsync();
        var belowPaid = await (await manager.PostFieldsAsync(url, Vary("4000", "Fewer sessions"))).GetDocumentAsync();
        var unchanged = await host.FromDbAsync(db => db.Grants.Where(g => g.Id == grantId).Select(g => g.Amount).SingleAsync());
        var varied = await manager.PostFieldsAsync(url, Vary("9,500", "Two more sessions in the summer holidays"));
        var page = await (await manager.GetAsync(url, TestContext.Current.CancellationToken)).GetDocumentAsync();

        // Assert
        Assert.Contains("Grant variation decisions of £9,000 are taken by the Grants manager", wrongPerson.ErrorSummary(), StringComparison.Ordinal);
        Assert.Contains("Grant variation decisions over £10,000 are taken by the Deputy Mayor for Policing and Crime; this one is £12,000", overLimit.ErrorSummary(), StringComparison.Ordinal);
        Assert.Contains("Only £3,000 of the last payment is still to be made, so the grant can come down to £5,000 at the least", belowPaid.ErrorSummary(), StringComparison.Ordinal);
        Assert.Equal(8_000m, unchanged);
        Assert.Equal(HttpStatusCode.Redirect, varied.StatusCode);
        Assert.Equal("Grant of £9,500", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Last varied: Two more sessions in the summer holidays", page.Text("variation"));
        Assert.Equal(4_500m, await host.FromDbAsync(db => db.PaymentTranches.Where(t => t.GrantId == grantId && t.Number == 2).Select(t => t.Amount).SingleAsync()));
        Assert.Contains("Two more sessions in the summer holidays", page.Text("history"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clawback_OverTheGrantsManagersLimit_IsTheDeputyMayors_AndBecomesANotice()
    {
        // Arrange: £10,000 paid, £3,000 spent: £7,000 to claw back
        var grantId = await GrantAsync(10_000m, [(10_000m, true)], spent: 3_000m);
        var url = $"/funding/grants/{grantId}";
        var officer = await host.ClientForRoleAsync(Roles.GrantsOfficer);
        var (manager, _) = await host.PostHolderAsync(Roles.GrantsOfficer, "grants-manager");
        var (deputy, _) = await host.DeciderAsync("deputy-mayor");

        // Act
        var wrongPerson = await (await officer.PostFieldsAsync(url, Clawback())).GetDocumentAsync();
        var overLimit = await (await manager.PostFieldsAsync(url, Clawback())).GetDocumentAsync();
        var recorded = await host.FromDbAsync(db => db.Grants.Where(g => g.Id == grantId).Select(g => g.ClawbackAmount).SingleAsync());
        var byDeputy = await deputy.PostFieldsAsync(url, Clawback());
        var drafted = await deputy.PostFormAsync("/decisions/notices", new Dictionary<string, string> { ["Source"] = "Clawback", ["SourceId"] = grantId.ToString() }, url);
        var notice = await host.FromDbAsync(db => db.DecisionNotices.SingleAsync(n => n.SourceType == "Clawback" && n.SourceId == grantId.ToString()));

        // Assert
        Assert.Contains("Clawback of grant decisions over £5,000 are taken by the Deputy Mayor for Policing and Crime; this one is £7,000", wrongPerson.ErrorSummary(), StringComparison.Ordinal);
        Assert.Contains("Clawback of grant decisions over £5,000 are taken by the Deputy Mayor for Policing and Crime; this one is £7,000", overLimit.ErrorSummary(), StringComparison.Ordinal);
        Assert.Null(recorded);
        Assert.Equal(HttpStatusCode.Redirect, byDeputy.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, drafted.StatusCode);
        Assert.Equal((DecisionType.Clawback, 7_000m, "deputy-mayor", NoticeStatus.Draft), (notice.Type, notice.Amount!.Value, notice.DecisionMakerPost, notice.Status));
        Assert.Contains("Only £3,000 of the grant was spent", notice.Reasons, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Release(int tranche) => new() { ["Action"] = "release", ["Tranche"] = tranche.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    private static Dictionary<string, string> Vary(string amount, string reason) => new() { ["Action"] = "vary", ["VariedAmount"] = amount, ["VariationReason"] = reason };

    private static Dictionary<string, string> Clawback() => new() { ["Action"] = "clawback", ["ClawbackReason"] = "Only £3,000 of the grant was spent" };

    // Summed here: SQLite cannot sum decimals in the database.
    private async Task<decimal> PaidAsync(Guid grantId) =>
        (await host.FromDbAsync(db => db.PaymentTranches.Where(t => t.GrantId == grantId && t.ReleasedOn != null).Select(t => t.Amount).ToListAsync())).Sum();

    private Task<Guid> GrantAsync(decimal amount, (decimal Amount, bool Paid)[] tranches, decimal? spent) =>
        host.CreateGrantAsync(
            amount,
            [.. tranches.Select((t, i) => new PaymentTranche { Number = i + 1, Amount = t.Amount, ReleasedOn = t.Paid ? new DateOnly(2025, 1, 6) : null })],
            spent is { } money ? [new() { DueOn = new DateOnly(2026, 1, 31), SubmittedAt = DateTimeOffset.UnixEpoch, Spend = money, PeopleReached = 50, Progress = "Finished" }] : []);
}

public sealed class GrantDecisionTestsOnSqlite(SqliteHost host) : GrantDecisionTests(host);

public sealed class GrantDecisionTestsOnPostgres(PostgresHost host) : GrantDecisionTests(host);
