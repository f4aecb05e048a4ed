using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Oversight.Core.Accounts;
using Oversight.Core.Data;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Security;

/// Secrets never reach the audit trail or the logs: the test makes one of each kind the app holds, through the
/// app, then looks for every one of them in the audit table, on the audit page and in everything logged meanwhile.
public abstract partial class SecretsTests(HostFixture host)
{
    /// One maker per kind of secret; each does what creates it and returns the secret values it made.
    /// Add one here for every new kind (a password reset token, a two-factor key, an API key …).
    private static readonly Func<Context, Task<IReadOnlyList<string>>>[] Makers =
    [
        ApplicantRegistrationTokenAsync,
        PasswordHashAndSecurityStampAsync,
        AuthenticatorKeyAsync,
        PasswordResetTokenAsync,
    ];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryKindOfSecret_IsInNeitherTheAuditTrailNorTheLogs()
    {
        var logs = new CapturedLogs();
        await using var app = host.Factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));
        var context = new Context(app, $"secret-{Guid.NewGuid():N}@example.org");
        var secrets = new List<string>();
        foreach (var make in Makers)
        {
            secrets.AddRange(await make(context));
        }

        var admin = await host.SignedInClientAsync(Roles.Administrator);
        var auditPage = await admin.GetStringAsync("/admin/audit?EntityType=OutboxEmail", Cancel);
        var audit = await context.FromDbAsync(db => db.AuditEntries.Select(a => a.Changes).ToListAsync(Cancel));

        Assert.True(secrets.Count >= Makers.Length);
        Assert.All(secrets, secret => Assert.False(string.IsNullOrEmpty(secret)));
        Assert.All(secrets, secret =>
        {
            Assert.DoesNotContain(audit, changes => changes.Contains(secret, StringComparison.Ordinal));
            Assert.DoesNotContain(secret, auditPage, StringComparison.Ordinal);
            Assert.DoesNotContain(logs.Lines, line => line.Contains(secret, StringComparison.Ordinal));
        });
        // The e-mail itself keeps its link, and the trail still shows the message with the token taken out.
        Assert.Contains(audit, changes => changes.Contains("/funding/register/confirm?token=(redacted)", StringComparison.Ordinal) && changes.Contains(context.Email, StringComparison.Ordinal));
    }

    private static async Task<IReadOnlyList<string>> ApplicantRegistrationTokenAsync(Context context)
    {
        var anonymous = context.Client();
        await anonymous.PostFormAsync("/funding/register", new Dictionary<string, string> { ["DisplayName"] = "Sam Secret", ["Email"] = context.Email });
        var token = await RegistrationTokenAsync(context);
        Assert.NotEmpty(token);
        return [token];
    }

    // Confirming the registration creates the account: its password hash and security stamp.
    private static async Task<IReadOnlyList<string>> PasswordHashAndSecurityStampAsync(Context context)
    {
        var token = await RegistrationTokenAsync(context);
        var anonymous = context.Client();
        await anonymous.PostFormAsync($"/funding/register/confirm?token={token}", new Dictionary<string, string> { ["Token"] = token, ["Password"] = HostFixture.Password });
        await anonymous.SignInAsync(context.Email, HostFixture.Password);
        var user = await context.FromDbAsync(db => db.Users.SingleAsync(u => u.Email == context.Email, Cancel));
        return [user.PasswordHash!, user.SecurityStamp!];
    }

    // Kept by Identity in its user tokens table, as a two-factor sign-in would keep it.
    private static async Task<IReadOnlyList<string>> AuthenticatorKeyAsync(Context context)
    {
        await using var scope = context.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = await users.FindByEmailAsync(context.Email);
        await users.ResetAuthenticatorKeyAsync(user!);
        return [(await users.GetAuthenticatorKeyAsync(user!))!];
    }

    // The forgotten-password link, as the e-mail carries it (escaped for the address) and as Identity reads it.
    private static async Task<IReadOnlyList<string>> PasswordResetTokenAsync(Context context)
    {
        await context.Client().PostFormAsync("/forgot-password", new Dictionary<string, string> { ["Email"] = context.Email });
        var body = await context.FromDbAsync(db => db.OutboxEmails
            .Where(e => e.To == context.Email && e.Subject == "Reset your Oversight password").Select(e => e.Body).SingleAsync(Cancel));
        var token = ResetToken().Match(body).Groups[1].Value;
        Assert.NotEmpty(token);
        return [token, Uri.UnescapeDataString(token)];
    }

    [GeneratedRegex(@"[?&]token=([^&\s]+)")]
    private static partial Regex ResetToken();

    // Read from the outbox, where the message itself keeps it.
    private static async Task<string> RegistrationTokenAsync(Context context) =>
        Token().Match(await context.FromDbAsync(db => db.OutboxEmails.Where(e => e.To == context.Email).Select(e => e.Body).SingleAsync(Cancel))).Groups[1].Value;

    [GeneratedRegex("token=([0-9a-f]+)")]
    private static partial Regex Token();

    private sealed record Context(WebApplicationFactory<Program> App, string Email)
    {
        public HttpClient Client() => App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        public async Task<T> FromDbAsync<T>(Func<OversightDbContext, Task<T>> query)
        {
            await using var scope = App.Services.CreateAsyncScope();
            return await query(scope.ServiceProvider.GetRequiredService<OversightDbContext>());
        }
    }
}

public sealed class SecretsTestsOnSqlite(SqliteHost host) : SecretsTests(host);

public sealed class SecretsTestsOnPostgres(PostgresHost host) : SecretsTests(host);
