using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Accounts;
using Oversight.Core.Audit;
using Oversight.Core.Data;
using Oversight.TestCommon;
using Oversight.Web.Tests.Account;

namespace Oversight.Web.Tests.Admin;

public abstract class AuditTrailTests(HostFixture host)
{
    [Fact]
    public async Task AddUser_ThroughTheAdminPage_IsAuditedWithItsValuesAndWhoDidIt()
    {
        // Arrange
        var admin = await host.SignedInClientAsync(Roles.Administrator);
        var email = $"new-{Guid.NewGuid():N}@test.oversight.test";

        // Act
        var response = await admin.PostFormAsync("/admin/users/new", new Dictionary<string, string>
        {
            ["DisplayName"] = "Robin Reviewer",
            ["Email"] = email,
            ["OrganisationId"] = "mayors-office",
            ["Role"] = Roles.CaseworkOfficer,
            ["Password"] = HostFixture.Password,
        });

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var entry = await EntriesAsync(db => db.AuditEntries.Where(a => a.EntityType == "User" && a.Action == AuditAction.Created && a.Changes.Contains(email)));
        var changes = JsonDocument.Parse(Assert.Single(entry).Changes).RootElement;
        Assert.Equal("Robin Reviewer", changes.GetProperty("DisplayName").GetProperty("after").GetString());
        Assert.Equal(JsonValueKind.Null, changes.GetProperty("DisplayName").GetProperty("before").ValueKind);
        Assert.Equal("(redacted)", changes.GetProperty("PasswordHash").GetProperty("after").GetString());
        Assert.StartsWith("administrator-", entry[0].ActorName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TurningOnTwoFactor_UpdatesTheAccount_AuditShowsBeforeAndAfter()
    {
        // N.B. a failed sign-in no longer changes the account (failures are counted in memory, never locking it).
        var email = await host.CreateUserAsync(Roles.Analyst);
        var client = await host.SignInAsync(email);
        var setUp = await (await client.GetAsync("/account/two-factor", TestContext.Current.CancellationToken)).GetDocumentAsync();
        var key = setUp.QuerySelector("[data-testid=shared-key]")!.TextContent.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

        await client.PostFormAsync("/account/two-factor?handler=Enable", new Dictionary<string, string> { ["Code"] = AccountForms.Totp(key, TimeProvider.System.GetUtcNow()) });

        var userId = await EntriesAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id));
        var updates = await EntriesAsync(db => db.AuditEntries.Where(a => a.EntityId == userId[0] && a.Action == AuditAction.Updated));
        var change = updates.Select(u => JsonDocument.Parse(u.Changes).RootElement).Single(c => c.TryGetProperty("TwoFactorEnabled", out _)).GetProperty("TwoFactorEnabled");
        Assert.False(change.GetProperty("before").GetBoolean());
        Assert.True(change.GetProperty("after").GetBoolean());
    }

    [Fact]
    public async Task ViewUser_IsAuditedAsAView()
    {
        var email = await host.CreateUserAsync(Roles.Volunteer);
        var userId = (await EntriesAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id)))[0];
        var admin = await host.SignedInClientAsync(Roles.Administrator);

        var page = await admin.GetAsync($"/admin/users/{userId}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var views = await EntriesAsync(db => db.AuditEntries.Where(a => a.EntityId == userId && a.Action == AuditAction.Viewed));
        Assert.Single(views);
    }

    [Fact]
    public async Task AuditPage_SearchByRecord_ListsItsEntries()
    {
        var email = await host.CreateUserAsync(Roles.PanelMember);
        var userId = (await EntriesAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id)))[0];
        var admin = await host.ClientForRoleAsync(Roles.Administrator);

        var document = await (await admin.GetAsync($"/admin/audit?EntityType=User&EntityId={userId}", TestContext.Current.CancellationToken)).GetDocumentAsync();

        Assert.Equal("1 entry", document.QuerySelector("[data-testid=audit-total]")?.TextContent.Trim());
        Assert.Contains(email, document.QuerySelector("[data-testid=audit]")?.TextContent, StringComparison.Ordinal);
    }

    private async Task<List<T>> EntriesAsync<T>(Func<OversightDbContext, IQueryable<T>> query)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<OversightDbContext>()).ToListAsync(TestContext.Current.CancellationToken);
    }
}

public sealed class AuditTrailTestsOnSqlite(SqliteHost host) : AuditTrailTests(host);

public sealed class AuditTrailTestsOnPostgres(PostgresHost host) : AuditTrailTests(host);
