using System.Net;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Accounts;
using Oversight.Core.Decisions;
using Oversight.TestCommon;
using Oversight.Web.Tests.Funding;

namespace Oversight.Web.Tests.Decisions;

/// A funding decision becomes a notice on the public register: drafted from the record, advised on, signed by the
/// post the scheme names, published; corrections and withdrawals are new versions; withheld text never gets out.
public abstract class DecisionRegisterTests(HostFixture host)
{
    private const string Withheld = "Bank sort code 12-34-56 and the treasurer's home address";

    [Fact]
    public async Task GrantDecision_IsDraftedAdvisedSignedAndPublished_WithTheExemptPartWithheldEverywhere()
    {
        var ct = TestContext.Current.CancellationToken;
        var (url, reference) = await DraftedAsync();
        var office = await host.ClientForRoleAsync(Roles.GrantsOfficer);
        var edited = await office.PostFormAsync(url, Form(("Action", "edit"), ("Summary", "A grant of £20,000 for youth boxing."), ("OptionsConsidered", "Fund; do not fund"), ("BackgroundPapers", "Application"), ("ExemptText", Withheld), ("ExemptCategory", "3")));
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);

        var tooSoon = await (await office.PostFormAsync(url, Form(("Action", "sign")))).GetDocumentAsync();
        var notFinance = await (await office.PostFormAsync(url, Form(("Action", "finance"), ("Advice", "Affordable")))).GetDocumentAsync();
        var (finance, _) = await host.DeciderAsync("chief-finance-officer");
        var (chief, _) = await host.DeciderAsync("chief-executive");
        Assert.Equal(HttpStatusCode.Redirect, (await finance.PostFormAsync(url, Form(("Action", "finance"), ("Advice", "Within the round's budget")))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await chief.PostFormAsync(url, Form(("Action", "monitoring"), ("Advice", "Within the Mayor's powers")))).StatusCode);
        var (grantsManager, _) = await host.DeciderAsync("grants-manager");
        var overThreshold = await (await grantsManager.PostFormAsync(url, Form(("Action", "sign")))).GetDocumentAsync();
        var (deputy, _) = await host.DeciderAsync("deputy-mayor");
        Assert.Equal(HttpStatusCode.Redirect, (await deputy.PostFormAsync(url, Form(("Action", "sign")))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await office.PostFormAsync(url, Form(("Action", "publish")))).StatusCode);

        Assert.Contains("Record the Chief Finance Officer's advice before the notice is signed", tooSoon.ErrorSummary(), StringComparison.Ordinal);
        Assert.Contains("Only the Chief Finance Officer can record this advice", notFinance.ErrorSummary(), StringComparison.Ordinal);
        Assert.Contains("Grant award decisions of £20,000 are taken by the Deputy Mayor for Policing and Crime", overThreshold.ErrorSummary(), StringComparison.Ordinal);
        var anonymous = host.Factory.CreateBrowserlessClient();
        var slug = reference.Replace('/', '-');
        var page = await (await anonymous.GetAsync($"/decisions/{slug}", ct)).GetDocumentAsync();
        Assert.Contains("Deputy Mayor for Policing and Crime", page.Text("notice"), StringComparison.Ordinal);
        Assert.Contains("paragraph 3 of Schedule 12A", page.Text("exempt"), StringComparison.Ordinal);
        var year = reference[..7];
        var register = await (await anonymous.GetAsync($"/decisions?Year={year}&Kind=GrantAward", ct)).GetDocumentAsync();
        Assert.Contains(reference, register.Text("register"), StringComparison.Ordinal);
        var otherKind = await (await anonymous.GetAsync($"/decisions?Year={year}&Kind=PreceptProposal", ct)).GetDocumentAsync();
        Assert.DoesNotContain(reference, otherKind.Text("register"), StringComparison.Ordinal);
        var csv = await anonymous.GetAsync("/decisions/register.csv", ct);
        var csvText = await csv.Content.ReadAsStringAsync(ct);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("Reference,Version,Kind,Status,Title,Summary,Decision maker,Date,Amount", csvText.TrimStart('\uFEFF'), StringComparison.Ordinal);
        var row = csvText.Split('\n').Single(l => l.StartsWith(reference + ",", StringComparison.Ordinal));
        Assert.Contains("Grant award", row, StringComparison.Ordinal);
        Assert.Contains("A grant of £20,000 for youth boxing.", row, StringComparison.Ordinal);
        Assert.Contains("20000", row, StringComparison.Ordinal);
        Assert.Contains("Exempt under paragraph 3 of Schedule 12A", row, StringComparison.Ordinal);
        var feed = await anonymous.GetAsync("/decisions/feed.atom", ct);
        var feedText = await feed.Content.ReadAsStringAsync(ct);
        Assert.Equal("application/atom+xml", feed.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"<title>{reference}: ", feedText, StringComparison.Ordinal);
        Assert.Contains($"/decisions/{slug}", feedText, StringComparison.Ordinal);
        foreach (var output in new[] { page.Body!.TextContent, register.Body!.TextContent, csvText, feedText })
        {
            Assert.DoesNotContain("12-34-56", output, StringComparison.Ordinal);
            Assert.DoesNotContain("home address", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task PublishedNotice_NeverChanges_ACorrectionIsANewVersion_AndAWithdrawalLeavesANotice()
    {
        var ct = TestContext.Current.CancellationToken;
        var (url, reference) = await DraftedAsync();
        var id = Guid.Parse(url.Split('/')[^1]);
        await PublishAsync(url);
        var office = await host.ClientForRoleAsync(Roles.GrantsOfficer);
        var anonymous = host.Factory.CreateBrowserlessClient();
        var slug = reference.Replace('/', '-');

        var edit = await (await office.PostFormAsync(url, Form(("Action", "edit"), ("Summary", "Changed after publishing")))).GetDocumentAsync();
        var corrected = await office.PostFormAsync(url, Form(("Action", "correct"), ("Reason", "The amount was misprinted")));
        var second = corrected.Headers.Location!.ToString();
        await office.PostFormAsync(second, Form(("Action", "edit"), ("Summary", "A grant of £20,000, corrected."), ("OptionsConsidered", "Fund"), ("BackgroundPapers", "Application")));
        var whileDraft = await (await anonymous.GetAsync($"/decisions/{slug}", ct)).GetDocumentAsync();
        await PublishAsync(second);
        var afterCorrection = await (await anonymous.GetAsync($"/decisions/{slug}", ct)).GetDocumentAsync();
        var withdrawn = await office.PostFormAsync(second, Form(("Action", "withdraw"), ("Reason", "Names a private individual who asked to be erased")));
        var afterWithdrawal = await (await anonymous.GetAsync($"/decisions/{slug}", ct)).GetDocumentAsync();
        var csv = await (await anonymous.GetAsync("/decisions/register.csv", ct)).Content.ReadAsStringAsync(ct);

        Assert.Contains("Only a draft notice can be changed", edit.ErrorSummary(), StringComparison.Ordinal);
        Assert.DoesNotContain("Changed after publishing", await host.FromDbAsync(db => db.DecisionNotices.Where(n => n.Id == id).Select(n => n.Summary).SingleAsync()), StringComparison.Ordinal);
        Assert.DoesNotContain("corrected", whileDraft.Text("notice"), StringComparison.Ordinal);
        Assert.Contains("A grant of £20,000, corrected.", afterCorrection.Text("notice"), StringComparison.Ordinal);
        Assert.Contains("The amount was misprinted", afterCorrection.Text("change-reason"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Contains("Names a private individual who asked to be erased", afterWithdrawal.Text("withdrawn"), StringComparison.Ordinal);
        Assert.DoesNotContain("A grant of £20,000", afterWithdrawal.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"{reference},3,Grant award,Withdrawn", csv, StringComparison.Ordinal);
        var versions = await host.FromDbAsync(db => db.DecisionNotices.Where(n => n.Reference == reference).OrderBy(n => n.Version).Select(n => n.Status).ToListAsync());
        Assert.Equal([NoticeStatus.Published, NoticeStatus.Published, NoticeStatus.Withdrawn], versions);
        var withdrawal = (await host.FromDbAsync(db => db.DecisionNotices.Where(n => n.Reference == reference && n.Version == 3).Select(n => n.Id).SingleAsync())).ToString();
        Assert.True(await host.FromDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(DecisionNotice) && a.EntityId == withdrawal)));
        var history = await (await office.GetAsync(withdrawn.Headers.Location!.ToString(), ct)).GetDocumentAsync();
        Assert.Contains("Names a private individual", history.Text("history"), StringComparison.Ordinal);
    }

    // A decided grant and its draft notice, through the pages: the notice's address and reference.
    private async Task<(string Url, string Reference)> DraftedAsync()
    {
        var (_, id) = await host.SubmittedAsync();
        await host.ReadyToDecideAsync(id);
        var (decider, _) = await host.DeciderAsync("deputy-mayor");
        Assert.Equal(HttpStatusCode.Redirect, (await decider.PostFormAsync($"/funding/applications/{id}", DecisionSteps.Decide("Approve", "Strong bid"))).StatusCode);
        var office = await host.ClientForRoleAsync(Roles.GrantsOfficer);
        var drafted = await office.PostFormAsync("/decisions/notices", Form(("Source", "FundingApplication"), ("SourceId", id.ToString())), from: $"/funding/applications/{id}");
        Assert.Equal(HttpStatusCode.Redirect, drafted.StatusCode);
        var url = drafted.Headers.Location!.ToString();
        var noticeId = Guid.Parse(url.Split('/')[^1]);
        var reference = await host.FromDbAsync(db => db.DecisionNotices.Where(n => n.Id == noticeId).Select(n => n.Reference).SingleAsync());
        return (url, reference);
    }

    private async Task PublishAsync(string url)
    {
        var (finance, _) = await host.DeciderAsync("chief-finance-officer");
        var (chief, _) = await host.DeciderAsync("chief-executive");
        var (mayor, _) = await host.DeciderAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await finance.PostFormAsync(url, Form(("Action", "finance"), ("Advice", "Affordable")))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await chief.PostFormAsync(url, Form(("Action", "monitoring"), ("Advice", "Lawful")))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await mayor.PostFormAsync(url, Form(("Action", "sign")))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await mayor.PostFormAsync(url, Form(("Action", "publish")))).StatusCode);
    }

    private static Dictionary<string, string> Form(params (string Key, string Value)[] fields) => ApplicantSteps.Form(fields);
}

public sealed class DecisionRegisterTestsOnSqlite(SqliteHost host) : DecisionRegisterTests(host);

public sealed class DecisionRegisterTestsOnPostgres(PostgresHost host) : DecisionRegisterTests(host);
