using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Accounts;
using Oversight.Core.Custody.Visiting;
using Oversight.Core.Data;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Custody;

public abstract class IssueFollowUpTests(HostFixture host)
{
    [Fact]
    public async Task UnansweredIssuePastItsDueDate_IsOverdue_AndEscalatingKeepsItOpen()
    {
        var pair = await host.PairAsync();
        var volunteer = await host.SignInAsync(pair.FirstEmail);
        var visitId = await volunteer.StartVisitAsync(pair);
        await volunteer.PostFormAsync($"/custody-visits/{visitId}", CustodyTestData.CompleteReport("submit"));
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OversightDbContext>();
            await db.VisitIssues.Where(i => i.VisitId == visitId && i.Position == 0)
                .ExecuteUpdateAsync(u => u.SetProperty(i => i.DueBy, CustodyTestData.Yesterday.AddDays(-1)), TestContext.Current.CancellationToken);
        }

        var issue = (await host.QueryAsync(db => db.VisitIssues.Where(i => i.VisitId == visitId && i.Position == 0))).Single();
        var coordinator = await host.SignedInClientAsync(Roles.CustodyOfficer);
        var overdue = await coordinator.GetStringAsync("/custody/issues?show=overdue", TestContext.Current.CancellationToken);
        var escalated = await coordinator.PostFormAsync($"/custody/issues/{issue.Id}", new Dictionary<string, string> { ["Escalate"] = "true" });
        var escalatedList = await coordinator.GetStringAsync("/custody/issues?show=escalated", TestContext.Current.CancellationToken);
        var notOverdueYet = await coordinator.GetStringAsync("/custody/issues?show=overdue", TestContext.Current.CancellationToken);

        Assert.Contains($"/custody/issues/{issue.Id}", overdue, StringComparison.Ordinal);
        Assert.DoesNotContain("Microwave out of order", overdue, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, escalated.StatusCode);
        Assert.Contains($"/custody/issues/{issue.Id}", escalatedList, StringComparison.Ordinal);
        Assert.Contains($"/custody/issues/{issue.Id}", notOverdueYet, StringComparison.Ordinal);
        var saved = (await host.QueryAsync(db => db.VisitIssues.Where(i => i.Id == issue.Id))).Single();
        Assert.Equal(IssueStatus.Open, saved.Status);
        Assert.True(saved.Escalated);
    }

    [Fact]
    public async Task Close_WithoutAResponse_IsRefused()
    {
        var pair = await host.PairAsync();
        var volunteer = await host.SignInAsync(pair.FirstEmail);
        var visitId = await volunteer.StartVisitAsync(pair);
        await volunteer.PostFormAsync($"/custody-visits/{visitId}", CustodyTestData.CompleteReport("submit"));
        var issueId = (await host.QueryAsync(db => db.VisitIssues.Where(i => i.VisitId == visitId).Select(i => i.Id))).First();
        var coordinator = await host.SignedInClientAsync(Roles.CustodyOfficer);

        var response = await coordinator.PostFormAsync($"/custody/issues/{issueId}", new Dictionary<string, string> { ["Close"] = "true" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter the police response before closing the issue", (await response.GetDocumentAsync()).ErrorSummary(), StringComparison.Ordinal);
        Assert.Equal(IssueStatus.Open, (await host.QueryAsync(db => db.VisitIssues.Where(i => i.Id == issueId).Select(i => i.Status))).Single());
    }

    [Fact]
    public async Task Autosave_ByThePair_SavesAndAnswersTheNewVersion_OthersGet404()
    {
        var pair = await host.PairAsync();
        var others = await host.PairAsync();
        var volunteer = await host.SignInAsync(pair.FirstEmail);
        var outsider = await host.SignInAsync(others.FirstEmail);
        var visitId = await volunteer.StartVisitAsync(pair);
        var fields = new Dictionary<string, string> { ["ArrivedAt"] = "09:10", ["Detainees[0].CustodyNumber"] = "AUTO-1" };

        var saved = await volunteer.PostFormAsync($"/custody-visits/{visitId}?handler=autosave", fields);
        var refused = await PostWithTokenFromAsync(outsider, "/custody-visits/new", $"/custody-visits/{visitId}?handler=autosave", fields);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        using var json = JsonDocument.Parse(await saved.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(2, json.RootElement.GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        var visit = (await host.QueryAsync(db => db.CustodyVisits.Include(v => v.Detainees).Where(v => v.Id == visitId))).Single();
        Assert.Equal(new TimeOnly(9, 10), visit.ArrivedAt);
        Assert.Equal("AUTO-1", Assert.Single(visit.Detainees).CustodyNumber);
    }

    private static async Task<HttpResponseMessage> PostWithTokenFromAsync(HttpClient client, string pageWithToken, string url, Dictionary<string, string> fields)
    {
        var token = (await (await client.GetAsync(pageWithToken)).GetDocumentAsync()).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token }));
    }
}

public sealed class IssueFollowUpTestsOnSqlite(SqliteHost host) : IssueFollowUpTests(host);

public sealed class IssueFollowUpTestsOnPostgres(PostgresHost host) : IssueFollowUpTests(host);
