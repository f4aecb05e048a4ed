using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Accounts;
using Oversight.Core.Data;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Email;

/// The web app with an SMTP server configured: an applicant's registration e-mail leaves the app on its own for
/// smtp4dev, a real SMTP server, and the admin outbox page shows it sent.
public abstract class OutboxDeliveryJobTests(DatabaseProvider provider)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Register_WithSmtpConfigured_TheLinkReachesTheSmtpServerAndTheOutboxSaysSent()
    {
        await using var smtp = await Smtp4dev.StartAsync(Cancel);
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new OversightFactory(database, new Dictionary<string, string?>
        {
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = smtp.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Email:Smtp:Security"] = "None",
            ["Email:From"] = "noreply@office.example",
            ["Email:PollSeconds"] = "1",
        });
        await app.MigrateAsync();
        var email = $"applicant-{Guid.NewGuid():N}@example.org";

        await app.CreateBrowserlessClient().PostFormAsync("/funding/register", new Dictionary<string, string> { ["DisplayName"] = "Robin Applicant", ["Email"] = email });
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var received = await smtp.MessagesAsync(Cancel);
        while (received.Count == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250, Cancel);
            received = await smtp.MessagesAsync(Cancel);
        }

        var mail = Assert.Single(received);
        Assert.Equal([email], mail.To);
        Assert.Equal("Confirm your email address", mail.Subject);
        Assert.Contains("/funding/register/confirm?token=", mail.Body, StringComparison.Ordinal);
        var admin = await SignedInAdministratorAsync(app);
        var outbox = await (await admin.GetAsync("/admin/outbox", Cancel)).GetDocumentAsync();
        Assert.Null(outbox.QuerySelector("[data-testid=not-configured]"));
        Assert.Equal("Sent", outbox.QuerySelector("[data-testid=message] [data-testid=status]")?.TextContent.Trim());
    }

    private static async Task<HttpClient> SignedInAdministratorAsync(OversightFactory app)
    {
        var email = $"admin-{Guid.NewGuid():N}@test.oversight.test";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<UserAccounts>()
                .CreateAsync(new NewUser(email, "Test Administrator", HostFixture.Password, Roles.Administrator, "mayors-office"), Cancel);
        }

        var client = app.CreateBrowserlessClient();
        await client.SignInAsync(email, HostFixture.Password);
        return client;
    }
}

public sealed class OutboxDeliveryJobTestsOnSqlite() : OutboxDeliveryJobTests(DatabaseProvider.Sqlite);

public sealed class OutboxDeliveryJobTestsOnPostgres() : OutboxDeliveryJobTests(DatabaseProvider.Postgres);
