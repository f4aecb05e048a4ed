using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Accountability.Bodies;
using Oversight.Core.Accountability.Meetings;
using Oversight.Core.Accounts;
using Oversight.Core.Audit;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Accountability;

/// Deleting a body: one set up by mistake goes after a confirmation, audited; one with meetings is refused with the
/// reason and stays; a reader may not delete.
public abstract class BodyDeletionTests(HostFixture host)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(string Key, Guid Id)> BodyAsync(string name)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var saved = await scope.ServiceProvider.GetRequiredService<Bodies>()
            .CreateAsync(new BodyDetails($"{name} {Guid.NewGuid():N}", BodyKind.Group, null, null, "Set up to test deletion", null, null, "Quarterly", false, 5), Ct);
        var body = (await host.QueryAsync(db => db.Set<Body>().Where(b => b.Id == saved.Id))).Single();
        return (body.Key, body.Id);
    }

    [Fact]
    public async Task BodyWithoutMeetings_DeletedAfterConfirmation_AndAudited()
    {
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);
        var (key, id) = await BodyAsync("Mistaken group");

        var confirm = await (await analyst.GetAsync($"/accountability/bodies/{key}/delete", Ct)).GetDocumentAsync();
        Assert.NotNull(confirm.QuerySelector("[data-testid=delete]"));
        var deleted = await analyst.PostFormAsync($"/accountability/bodies/{key}/delete", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal("/accountability/bodies?deleted=1", deleted.Headers.Location?.ToString());
        Assert.Empty(await host.QueryAsync(db => db.Set<Body>().Where(b => b.Key == key)));
        Assert.Single(await host.QueryAsync(db => db.AuditEntries.Where(a => a.Action == AuditAction.Deleted && a.EntityType == nameof(Body) && a.EntityId == id.ToString())));
    }

    [Fact]
    public async Task BodyWithMeetings_Refused_WithTheReason_AndKept()
    {
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);
        var (key, _) = await BodyAsync("Busy group");
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Meetings>().CreateAsync(new MeetingDetails(key, "First meeting", null, new DateOnly(2026, 1, 15), null, null), Ct);
        }

        var page = await (await analyst.GetAsync($"/accountability/bodies/{key}/delete", Ct)).GetDocumentAsync();
        var refused = await analyst.PostCraftedFormAsync($"/accountability/bodies/{key}/delete", new Dictionary<string, string>());

        Assert.Null(page.QuerySelector("[data-testid=delete]"));
        Assert.Contains("This body cannot be deleted because it has meetings", page.Text("refusal"), StringComparison.Ordinal);
        Assert.Contains("This body cannot be deleted because it has meetings", (await refused.GetDocumentAsync()).ErrorSummary(), StringComparison.Ordinal);
        Assert.Single(await host.QueryAsync(db => db.Set<Body>().Where(b => b.Key == key)));
        Assert.Contains("the service refers to it", (await (await analyst.GetAsync($"/accountability/bodies/{Body.CommunityOutcomes}/delete", Ct)).GetDocumentAsync()).Text("refusal"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reader_MayNotDelete()
    {
        var (key, _) = await BodyAsync("Read-only group");
        var panel = await host.ClientForRoleAsync(Roles.PanelMember);

        var response = await panel.PostCraftedFormAsync($"/accountability/bodies/{key}/delete", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Single(await host.QueryAsync(db => db.Set<Body>().Where(b => b.Key == key)));
    }
}

public sealed class BodyDeletionTestsOnSqlite(SqliteHost host) : BodyDeletionTests(host);

public sealed class BodyDeletionTestsOnPostgres(PostgresHost host) : BodyDeletionTests(host);
