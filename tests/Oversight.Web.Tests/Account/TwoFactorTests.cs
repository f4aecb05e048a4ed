using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Accounts;
using Oversight.Core.Data;
using Oversight.TestCommon;
using static Oversight.Web.Tests.Account.AccountForms;

namespace Oversight.Web.Tests.Account;

/// Two-factor sign-in with an authenticator app, on a host that requires it of Administrators (the default).
public abstract class TwoFactorTests(TwoFactorHost host)
{
    [Fact]
    public async Task Administrator_WithPasswordAlone_IsSentToSetUpAndApisAnswer403()
    {
        var email = await host.CreateUserAsync(Roles.Administrator);
        var client = host.Factory.CreateBrowserlessClient();
        await client.SignInAsync(email, HostFixture.Password);

        var admin = await client.GetAsync("/admin", TestContext.Current.CancellationToken);
        var api = await client.GetAsync("/api/measures", TestContext.Current.CancellationToken);
        var setUp = await (await client.GetAsync("/account/two-factor", TestContext.Current.CancellationToken)).GetDocumentAsync();

        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
        Assert.Equal("/account/two-factor", admin.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(setUp.QuerySelector("[data-testid=two-factor-required]"));
    }

    [Fact]
    public async Task Administrator_SetsUpTheApp_ThenSignsInWithItsCodeOrARecoveryCode()
    {
        // Arrange: set up with the key the page shows, confirmed by a code computed here.
        var email = await host.CreateUserAsync(Roles.Administrator);
        var client = host.Factory.CreateBrowserlessClient();
        await client.SignInAsync(email, HostFixture.Password);
        var setUp = await (await client.GetAsync("/account/two-factor", TestContext.Current.CancellationToken)).GetDocumentAsync();
        var key = setUp.QuerySelector("[data-testid=shared-key]")!.TextContent.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var enabled = await (await client.PostFormAsync("/account/two-factor?handler=Enable", new Dictionary<string, string> { ["Code"] = Totp(key, TimeProvider.System.GetUtcNow()) })).GetDocumentAsync();
        var recoveryCodes = enabled.QuerySelectorAll("[data-testid=recovery-codes] li").Select(li => li.TextContent.Trim()).ToList();

        // Act: sign in afresh: a wrong code, then the app's code; another browser with a recovery code, twice.
        var fresh = host.Factory.CreateBrowserlessClient();
        var password = await fresh.SignInAsync(email, HostFixture.Password);
        var right = Totp(key, TimeProvider.System.GetUtcNow().AddSeconds(30));
        var wrong = ((int.Parse(right, CultureInfo.InvariantCulture) + 1) % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        var wrongAnswer = await fresh.PostFormAsync("/sign-in/two-factor", new Dictionary<string, string> { ["Code"] = wrong });
        var rightAnswer = await fresh.PostFormAsync("/sign-in/two-factor", new Dictionary<string, string> { ["Code"] = right });
        var recovered = await RecoverAsync(email, recoveryCodes[0]);
        var reused = await RecoverAsync(email, recoveryCodes[0]);
        // Past the security stamp check, which rebuilds the session from the database: it must stay two-factor.
        host.Clock.Advance(TimeSpan.FromMinutes(2));
        var afterCheck = await client.GetAsync("/admin", TestContext.Current.CancellationToken);

        // Assert
        Assert.Contains($"secret={key}", setUp.QuerySelector("[data-testid=authenticator-uri]")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(setUp.QuerySelector("img[data-testid=qr-code][src^='data:image/png;base64,']"));
        Assert.Equal(10, recoveryCodes.Count);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin", TestContext.Current.CancellationToken)).StatusCode);
        Assert.StartsWith("/sign-in/two-factor", password.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, wrongAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, rightAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/admin", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, recovered.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterCheck.StatusCode);
    }

    [Fact]
    public async Task SettingUp_KeepsTheKeyAndRecoveryCodesOutOfTheAuditTrail()
    {
        var email = await host.CreateUserAsync(Roles.Analyst);
        var client = host.Factory.CreateBrowserlessClient();
        await client.SignInAsync(email, HostFixture.Password);
        var setUp = await (await client.GetAsync("/account/two-factor", TestContext.Current.CancellationToken)).GetDocumentAsync();
        var key = setUp.QuerySelector("[data-testid=shared-key]")!.TextContent.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var enabled = await (await client.PostFormAsync("/account/two-factor?handler=Enable", new Dictionary<string, string> { ["Code"] = Totp(key, TimeProvider.System.GetUtcNow()) })).GetDocumentAsync();
        var secrets = enabled.QuerySelectorAll("[data-testid=recovery-codes] li").Select(li => li.TextContent.Trim()).Append(key).ToList();

        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OversightDbContext>();
        var userId = (await db.Users.SingleAsync(u => u.Email == email, TestContext.Current.CancellationToken)).Id;
        var trail = await db.AuditEntries.Where(e => e.EntityId.Contains(userId)).Select(e => e.Changes).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(11, secrets.Count);
        Assert.Contains(trail, t => t.Contains("(redacted)", StringComparison.Ordinal));
        Assert.All(secrets, secret => Assert.DoesNotContain(trail, t => t.Contains(secret, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task Analyst_IsOfferedTwoFactorButNotMadeToUseIt()
    {
        var client = await host.SignedInClientAsync(Roles.Analyst);

        var performance = await client.GetAsync("/performance", TestContext.Current.CancellationToken);
        var setUp = await (await client.GetAsync("/account/two-factor", TestContext.Current.CancellationToken)).GetDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, performance.StatusCode);
        Assert.NotNull(setUp.QuerySelector("[data-testid=shared-key]"));
        Assert.Null(setUp.QuerySelector("[data-testid=two-factor-required]"));
    }

    private async Task<HttpResponseMessage> RecoverAsync(string email, string recoveryCode)
    {
        var client = host.Factory.CreateBrowserlessClient();
        await client.SignInAsync(email, HostFixture.Password);
        return await client.PostFormAsync("/sign-in/two-factor", new Dictionary<string, string> { ["Code"] = recoveryCode });
    }
}

/// A host of its own, on a clock the tests move, that requires two-factor sign-in of Administrators (the default).
/// Authenticator codes follow the real clock (Identity reads it), so moving this one never changes them.
public abstract class TwoFactorHost(DatabaseProvider provider) : ClockHost(provider)
{
    protected override IReadOnlyDictionary<string, string?>? Settings => new Dictionary<string, string?>(base.Settings!)
    {
        ["Security:RequireTwoFactorForAdministrators"] = "true",
    };
}

public sealed class SqliteTwoFactorHost() : TwoFactorHost(DatabaseProvider.Sqlite);

public sealed class PostgresTwoFactorHost() : TwoFactorHost(DatabaseProvider.Postgres);

public sealed class TwoFactorTestsOnSqlite(SqliteTwoFactorHost host) : TwoFactorTests(host), IClassFixture<SqliteTwoFactorHost>;

public sealed class TwoFactorTestsOnPostgres(PostgresTwoFactorHost host) : TwoFactorTests(host), IClassFixture<PostgresTwoFactorHost>;
