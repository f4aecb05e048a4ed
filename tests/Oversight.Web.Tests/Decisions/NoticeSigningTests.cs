using System.Net;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Accountability.Precept;
using Oversight.Core.Accounts;
using Oversight.Core.Decisions;
using Oversight.Core.Funding.Victims;
using Oversight.TestCommon;
using Oversight.Web.Tests.Funding;

namespace Oversight.Web.Tests.Decisions;

/// The decisions taken by signing their notice (a contract award, the precept proposal, a policy) go through the
/// scheme of delegation: the wrong person or an amount over their limit is refused, and the notice stays a draft.
public abstract class NoticeSigningTests(HostFixture host)
{
    [Fact]
    public async Task ContractAward_OverTheDeputyMayorsLimit_IsSignedOnlyByTheMayor()
    {
        // Arrange: a £600,000 contract's notice with both advices recorded
        var contractId = Guid.Empty;
        await host.WithDbAsync(async db =>
        {
            var provider = new VictimServiceProvider { Name = "Signing test provider " + Guid.NewGuid().ToString("N")[..6] };
            var contract = new VictimServiceContract { ProviderId = provider.Id, FinancialYear = "2025-26", Value = 600_000m, Starts = new DateOnly(2025, 4, 1), Ends = new DateOnly(2026, 3, 31), FundingSource = "Ministry of Justice victims' grant" };
            db.AddRange(provider, contract);
            await db.SaveChangesAsync();
            contractId = contract.Id;
        });
        var url = await AdvisedAsync("VictimServiceContract", contractId);
        var (chief, _) = await host.DeciderAsync("chief-executive");
        var (deputy, _) = await host.DeciderAsync("deputy-mayor");
        var (mayor, _) = await host.DeciderAsync("mayor");

        // Act
        var wrongPerson = await (await chief.PostFormAsync(url, Sign())).GetDocumentAsync();
        var overLimit = await (await deputy.PostFormAsync(url, Sign())).GetDocumentAsync();
        var status = await StatusAsync(url);
        var byMayor = await mayor.PostFormAsync(url, Sign());

        // Assert
        Assert.Contains("Contract award decisions over £500,000 are taken by the Mayor; this one is £600,000", wrongPerson.ErrorSummary(), StringComparison.Ordinal);
        Assert.Contains("Contract award decisions over £500,000 are taken by the Mayor; this one is £600,000", overLimit.ErrorSummary(), StringComparison.Ordinal);
        Assert.Equal(NoticeStatus.Draft, status);
        Assert.Equal(HttpStatusCode.Redirect, byMayor.StatusCode);
        Assert.Equal(NoticeStatus.SignedOff, await StatusAsync(url));
    }

    [Fact]
    public async Task PreceptProposal_IsTheMayors_AndNeedsTheFinanceAdviceFirst()
    {
        // Arrange: a precept record for a year no other test uses
        var preceptId = Guid.Empty;
        await host.WithDbAsync(async db =>
        {
            var precept = new PreceptRecord { Year = "1991-92", Requirement = 150_000_000m, RecordedBy = "Test", TaxBases = [new() { District = "Leeds", BandDEquivalents = 600_000m }] };
            db.Add(precept);
            await db.SaveChangesAsync();
            preceptId = precept.Id;
        });
        var (mayor, _) = await host.DeciderAsync("mayor");
        var (deputy, _) = await host.DeciderAsync("deputy-mayor");
        var url = await DraftAsync("PreceptRecord", preceptId);

        // Act
        var withoutAdvice = await (await mayor.PostFormAsync(url, Sign())).GetDocumentAsync();
        await AdviseAsync(url);
        var wrongPerson = await (await deputy.PostFormAsync(url, Sign())).GetDocumentAsync();
        var status = await StatusAsync(url);
        var byMayor = await mayor.PostFormAsync(url, Sign());

        // Assert
        Assert.Contains("Record the Chief Finance Officer's advice before the notice is signed", withoutAdvice.ErrorSummary(), StringComparison.Ordinal);
        Assert.Contains("Precept proposal decisions are taken by the Mayor", wrongPerson.ErrorSummary(), StringComparison.Ordinal);
        Assert.Equal(NoticeStatus.Draft, status);
        Assert.Equal(HttpStatusCode.Redirect, byMayor.StatusCode);
    }

    [Fact]
    public async Task Policy_IsDraftedFromWhatTheOfficeWrites_AndSignedOnlyByTheMayor()
    {
        // Arrange
        var office = await host.ClientForRoleAsync(Roles.Leadership);
        var (deputy, _) = await host.DeciderAsync("deputy-mayor");
        var (mayor, _) = await host.DeciderAsync("mayor");

        // Act
        var untitled = await (await office.PostFormAsync("/decisions/notices", new Dictionary<string, string> { ["Source"] = "Policy", ["PolicyTitle"] = " ", ["PolicySummary"] = "x", ["PolicyReasons"] = "y" })).GetDocumentAsync();
        var drafted = await office.PostFormAsync("/decisions/notices", new Dictionary<string, string> { ["Source"] = "Policy", ["PolicyTitle"] = "Body-worn video scrutiny policy", ["PolicySummary"] = "To adopt a policy for the panel's sampling of body-worn video.", ["PolicyReasons"] = "The Police and Crime Plan commits to scrutiny of the use of force." });
        var url = drafted.Headers.Location!.ToString();
        await AdviseAsync(url);
        var page = await (await deputy.GetAsync(url, TestContext.Current.CancellationToken)).GetDocumentAsync();
        var wrongPerson = await (await deputy.PostFormAsync(url, Sign())).GetDocumentAsync();
        var status = await StatusAsync(url);
        var byMayor = await mayor.PostFormAsync(url, Sign());

        // Assert
        Assert.Contains("Enter the policy's title", untitled.ErrorSummary(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, drafted.StatusCode);
        Assert.Equal("Policy decisions are taken by the Mayor.", page.Text("who-decides"));
        Assert.Contains("Policy decisions are taken by the Mayor", wrongPerson.ErrorSummary(), StringComparison.Ordinal);
        Assert.Equal(NoticeStatus.Draft, status);
        Assert.Equal(HttpStatusCode.Redirect, byMayor.StatusCode);
        Assert.Equal(NoticeStatus.SignedOff, await StatusAsync(url));
    }

    private static Dictionary<string, string> Sign() => new() { ["Action"] = "sign" };

    private async Task<string> DraftAsync(string source, Guid id)
    {
        var office = await host.ClientForRoleAsync(Roles.Leadership);
        var drafted = await office.PostFormAsync("/decisions/notices", new Dictionary<string, string> { ["Source"] = source, ["SourceId"] = id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, drafted.StatusCode);
        return drafted.Headers.Location!.ToString();
    }

    private async Task<string> AdvisedAsync(string source, Guid id)
    {
        var url = await DraftAsync(source, id);
        await AdviseAsync(url);
        return url;
    }

    private async Task AdviseAsync(string url)
    {
        var (finance, _) = await host.DeciderAsync("chief-finance-officer");
        var (chief, _) = await host.DeciderAsync("chief-executive");
        Assert.Equal(HttpStatusCode.Redirect, (await finance.PostFormAsync(url, new Dictionary<string, string> { ["Action"] = "finance", ["Advice"] = "Affordable within the budget" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await chief.PostFormAsync(url, new Dictionary<string, string> { ["Action"] = "monitoring", ["Advice"] = "Within the Mayor's powers" })).StatusCode);
    }

    private Task<NoticeStatus> StatusAsync(string url)
    {
        var id = Guid.Parse(url.Split('/')[^1]);
        return host.FromDbAsync(db => db.DecisionNotices.Where(n => n.Id == id).Select(n => n.Status).SingleAsync());
    }
}

public sealed class NoticeSigningTestsOnSqlite(SqliteHost host) : NoticeSigningTests(host);

public sealed class NoticeSigningTestsOnPostgres(PostgresHost host) : NoticeSigningTests(host);
