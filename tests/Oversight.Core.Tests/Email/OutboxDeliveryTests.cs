using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Oversight.Core.Data;
using Oversight.Core.Email;
using Oversight.TestCommon;

namespace Oversight.Core.Tests.Email;

/// The outbox sent to a real SMTP server listening on a loopback port, over a real database of each provider.
public abstract class OutboxDeliveryTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly CoreHost host = new(provider);
    private readonly SmtpListener smtp = new();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => host.InitializeAsync();

    public async ValueTask DisposeAsync()
    {
        await smtp.DisposeAsync();
        await host.DisposeAsync();
    }

    [Fact]
    public async Task Deliver_AQueuedMessage_ReachesTheServerSignedInWithTheLinkItCarries()
    {
        await QueueAsync("applicant@example.org", "Confirm your email address", "Use this link: /funding/register/confirm?token=0123456789abcdef0123456789abcdef");

        var result = await DeliverAsync(Settings());

        Assert.Equal(new DeliveryResult(1, 0), result);
        var mail = Assert.Single(smtp.Received);
        Assert.Equal(["applicant@example.org"], mail.To);
        Assert.Equal("noreply@office.example", mail.From);
        Assert.Equal(("relay-user", "relay-password"), (mail.UserName, mail.Password));
        var message = MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(mail.Data)), Cancel);
        Assert.Equal("Confirm your email address", message.Subject);
        Assert.Contains("/funding/register/confirm?token=0123456789abcdef0123456789abcdef", message.TextBody, StringComparison.Ordinal);
        var row = Assert.Single(await MessagesAsync());
        Assert.Equal((OutboxStatus.Sent, 1, clock.GetUtcNow(), null), (row.Status, row.Attempts, row.SentAt, row.LastError));
    }

    [Fact]
    public async Task Deliver_ServerDefers_TriesAgainAfterEachBackoffThenFailsAfterTheLastAttempt()
    {
        smtp.RecipientReply = _ => "451 4.3.0 Mailbox busy, try later";
        await QueueAsync("busy@example.org", "Subject", "Body");
        var settings = Settings(maxAttempts: 3);

        var firstAt = clock.GetUtcNow();
        var first = await DeliverAsync(settings);
        var afterFirst = Assert.Single(await MessagesAsync());
        var tooSoon = await DeliverAsync(settings);
        clock.Advance(OutboxDelivery.Backoff(1));
        await DeliverAsync(settings);
        var afterSecond = Assert.Single(await MessagesAsync());
        clock.Advance(OutboxDelivery.Backoff(2));
        await DeliverAsync(settings);
        var last = Assert.Single(await MessagesAsync());

        Assert.Equal(new DeliveryResult(0, 1), first);
        Assert.Equal((OutboxStatus.Queued, 1), (afterFirst.Status, afterFirst.Attempts));
        Assert.Contains("451", afterFirst.LastError, StringComparison.Ordinal);
        Assert.Equal(firstAt + OutboxDelivery.Backoff(1), afterFirst.NextAttemptAt);
        Assert.Equal(new DeliveryResult(0, 0), tooSoon);
        Assert.Equal((OutboxStatus.Queued, 2), (afterSecond.Status, afterSecond.Attempts));
        Assert.True(OutboxDelivery.Backoff(2) > OutboxDelivery.Backoff(1));
        Assert.Equal((OutboxStatus.Failed, 3), (last.Status, last.Attempts));
        Assert.Contains("Mailbox busy", last.LastError, StringComparison.Ordinal);
        Assert.Empty(smtp.Received);
    }

    [Fact]
    public async Task Deliver_ServerRefusesOneRecipient_FailsThatOneAtOnceAndSendsTheOther()
    {
        smtp.RecipientReply = to => to.StartsWith("nobody", StringComparison.Ordinal) ? "550 5.1.1 No such user here" : "250 2.1.5 OK";
        await QueueAsync("nobody@example.org", "One", "Body");
        await QueueAsync("somebody@example.org", "Two", "Body");

        var result = await DeliverAsync(Settings());

        Assert.Equal(new DeliveryResult(1, 1), result);
        var rows = (await MessagesAsync()).ToDictionary(m => m.To, StringComparer.Ordinal);
        Assert.Equal((OutboxStatus.Failed, 1), (rows["nobody@example.org"].Status, rows["nobody@example.org"].Attempts));
        Assert.Contains("550", rows["nobody@example.org"].LastError, StringComparison.Ordinal);
        Assert.Equal(OutboxStatus.Sent, rows["somebody@example.org"].Status);
        Assert.Equal(["somebody@example.org"], Assert.Single(smtp.Received).To);
    }

    [Fact]
    public async Task Deliver_NoServerListening_KeepsEveryMessageQueuedWithTheReason()
    {
        await QueueAsync("a@example.org", "Subject", "Body");
        int closedPort;
        await using (var gone = new SmtpListener())
        {
            closedPort = gone.Port;
        }

        var result = await DeliverAsync(Settings(port: closedPort));

        Assert.Equal(new DeliveryResult(0, 1), result);
        var row = Assert.Single(await MessagesAsync());
        Assert.Equal((OutboxStatus.Queued, 1), (row.Status, row.Attempts));
        Assert.False(string.IsNullOrEmpty(row.LastError));
    }

    [Fact]
    public async Task Deliver_NoServerConfigured_LeavesTheOutboxAsATable()
    {
        await QueueAsync("a@example.org", "Subject", "Body");

        var result = await DeliverAsync(new EmailOptions());

        Assert.Equal(new DeliveryResult(0, 0), result);
        var row = Assert.Single(await MessagesAsync());
        Assert.Equal((OutboxStatus.Queued, 0), (row.Status, row.Attempts));
        Assert.Equal(0, smtp.Connections);
    }

    [Fact]
    public async Task Deliver_TwoInstancesAtOnce_SendEachMessageExactlyOnce()
    {
        const int count = 3 * OutboxDelivery.BatchSize;
        for (var i = 0; i < count; i++)
        {
            await QueueAsync($"person{i}@example.org", $"Message {i}", "Body");
        }

        // Each "instance" has its own scope, so its own connection to the database, and runs until nothing is due.
        var instances = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            var sent = 0;
            while (await DeliverAsync(Settings()) is { Sent: > 0 } result)
            {
                sent += result.Sent;
            }

            return sent;
        })));

        Assert.Equal(count, instances.Sum());
        var recipients = smtp.Received.SelectMany(m => m.To).ToList();
        Assert.Equal(count, recipients.Count);
        Assert.Equal(count, recipients.Distinct(StringComparer.Ordinal).Count());
        Assert.All(await MessagesAsync(), m => Assert.Equal((OutboxStatus.Sent, 1), (m.Status, m.Attempts)));
    }

    private EmailOptions Settings(int? port = null, int maxAttempts = 8) => new()
    {
        From = "noreply@office.example",
        MaxAttempts = maxAttempts,
        Smtp = new SmtpOptions
        {
            Host = "127.0.0.1",
            Port = port ?? smtp.Port,
            Security = SecureSocketOptions.None,
            UserName = "relay-user",
            Password = "relay-password",
            TimeoutSeconds = 10,
        },
    };

    private async Task QueueAsync(string to, string subject, string body)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OversightDbContext>();
        new OutboxEmailSender(db, clock, Options.Create(new EmailOptions())).Send(to, subject, body);
        await db.SaveChangesAsync(Cancel);
    }

    private async Task<DeliveryResult> DeliverAsync(EmailOptions settings)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OversightDbContext>();
        return await new OutboxDelivery(db, Options.Create(settings), clock, NullLogger<OutboxDelivery>.Instance).DeliverDueAsync(Cancel);
    }

    private Task<List<OutboxEmail>> MessagesAsync() =>
        host.WithAsync(sp => sp.GetRequiredService<OversightDbContext>().OutboxEmails.AsNoTracking().ToListAsync(Cancel));
}

public sealed class OutboxDeliveryTestsOnSqlite() : OutboxDeliveryTests(DatabaseProvider.Sqlite);

public sealed class OutboxDeliveryTestsOnPostgres() : OutboxDeliveryTests(DatabaseProvider.Postgres);
