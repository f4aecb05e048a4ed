using System.Linq.Expressions;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using Oversight.Core.Data;

namespace Oversight.Core.Email;

public sealed record DeliveryResult(int Sent, int Failed);

/// Sends the outbox over SMTP. Any number of instances may run it at once on one database: each first claims the
/// messages it will send with one conditional UPDATE, so a message is sent by one instance only. A temporary
/// failure is tried again later, waiting twice as long each time; a refusal (5xx) or the last attempt marks it failed.
public sealed partial class OutboxDelivery(OversightDbContext db, IOptions<EmailOptions> options, TimeProvider clock, ILogger<OutboxDelivery> logger)
{
    public const int BatchSize = 20;

    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan LongestWait = TimeSpan.FromHours(1);

    /// How long after a failed attempt (the first is 1) the next one is made.
    public static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromTicks(Math.Min(LongestWait.Ticks, FirstRetry.Ticks * (1L << Math.Clamp(attempts - 1, 0, 20))));

    /// Sends every message due now that no other instance holds, up to a batch.
    public async Task<DeliveryResult> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Configured)
        {
            return new(0, 0);
        }

        var messages = await ClaimAsync(settings, cancellationToken);
        if (messages.Count == 0)
        {
            return new(0, 0);
        }

        int sent = 0, failed = 0;
        using var client = new SmtpClient { Timeout = settings.Smtp.TimeoutSeconds * 1000 };
        try
        {
            await client.ConnectAsync(settings.Smtp.Host!, settings.Smtp.Port, settings.Smtp.Security, cancellationToken);
            if (!string.IsNullOrEmpty(settings.Smtp.UserName))
            {
                await client.AuthenticateAsync(settings.Smtp.UserName, settings.Smtp.Password ?? "", cancellationToken);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Nothing was sent: every claimed message waits for the next attempt with the reason.
            foreach (var message in messages)
            {
                await FailAsync(message, Describe(e), permanent: false, settings, cancellationToken);
            }

            return new(0, messages.Count);
        }

        foreach (var message in messages)
        {
            if (!client.IsConnected)
            {
                await FailAsync(message, "The server closed the connection", permanent: false, settings, cancellationToken);
                failed++;
                continue;
            }

            try
            {
                await client.SendAsync(Mime(message, settings), cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                var permanent = e is ParseException || e is SmtpCommandException { StatusCode: >= (SmtpStatusCode)500 };
                await FailAsync(message, Describe(e), permanent, settings, cancellationToken);
                failed++;
                continue;
            }

            await db.OutboxEmails.Where(m => m.Id == message.Id && m.ClaimId == message.ClaimId)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(m => m.Status, OutboxStatus.Sent)
                        .SetProperty(m => m.SentAt, clock.GetUtcNow())
                        .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                        .SetProperty(m => m.LastError, (string?)null)
                        .SetProperty(m => m.ClaimId, (Guid?)null)
                        .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null),
                    cancellationToken);
            Sent(logger, message.Id);
            sent++;
        }

        if (client.IsConnected)
        {
            await client.DisconnectAsync(quit: true, cancellationToken);
        }

        return new(sent, failed);
    }

    // Queued and due, or claimed by an instance that stopped before finishing (its claim has run out).
    private static Expression<Func<OutboxEmail, bool>> Due(DateTimeOffset now) =>
        m => (m.Status == OutboxStatus.Queued && m.NextAttemptAt <= now) || (m.Status == OutboxStatus.Sending && m.ClaimedUntil < now);

    private async Task<List<OutboxEmail>> ClaimAsync(EmailOptions settings, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await db.OutboxEmails.AsNoTracking().Where(Due(now)).OrderBy(m => m.NextAttemptAt).Select(m => m.Id).Take(BatchSize).ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return [];
        }

        // N.B. the condition is repeated in the UPDATE: a row another instance claimed since the SELECT no longer
        // matches (PostgreSQL re-checks it once the other transaction commits; SQLite runs one writer at a time).
        // The claim outlasts a whole batch of timeouts, so it runs out only when its instance has stopped.
        var claim = Guid.CreateVersion7();
        var until = now + TimeSpan.FromSeconds(settings.Smtp.TimeoutSeconds * (BatchSize + 2L));
        await db.OutboxEmails.Where(m => due.Contains(m.Id)).Where(Due(now))
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Status, OutboxStatus.Sending).SetProperty(m => m.ClaimId, claim).SetProperty(m => m.ClaimedUntil, until),
                cancellationToken);
        return await db.OutboxEmails.AsNoTracking().Where(m => m.ClaimId == claim).OrderBy(m => m.NextAttemptAt).ToListAsync(cancellationToken);
    }

    private async Task FailAsync(OutboxEmail message, string reason, bool permanent, EmailOptions settings, CancellationToken cancellationToken)
    {
        var attempts = message.Attempts + 1;
        var status = permanent || attempts >= settings.MaxAttempts ? OutboxStatus.Failed : OutboxStatus.Queued;
        var next = clock.GetUtcNow() + Backoff(attempts);
        var error = reason.Length <= OutboxEmailConfiguration.ErrorLength ? reason : reason[..OutboxEmailConfiguration.ErrorLength];
        await db.OutboxEmails.Where(m => m.Id == message.Id && m.ClaimId == message.ClaimId)
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Status, status)
                    .SetProperty(m => m.Attempts, attempts)
                    .SetProperty(m => m.NextAttemptAt, next)
                    .SetProperty(m => m.LastError, error)
                    .SetProperty(m => m.ClaimId, (Guid?)null)
                    .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null),
                cancellationToken);
        NotSent(logger, message.Id, attempts, status);
    }

    private static MimeMessage Mime(OutboxEmail message, EmailOptions settings)
    {
        var mime = new MimeMessage { Subject = message.Subject, Body = new TextPart("plain") { Text = message.Body } };
        mime.From.Add(new MailboxAddress(settings.FromName, settings.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        if (message.ListUnsubscribe is { } unsubscribe)
        {
            // RFC 2369 and RFC 8058: mail programs offer an unsubscribe button that posts to the link.
            mime.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
            mime.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        return mime;
    }

    // What the server or the connection said; never the message, which may hold a token.
    private static string Describe(Exception e) => e switch
    {
        SmtpCommandException c => $"The server refused it ({(int)c.StatusCode}): {c.Message}",
        AuthenticationException => "The server did not accept the SMTP user name or password",
        ParseException => "The address is not a valid e-mail address",
        SslHandshakeException => "The secure connection to the SMTP server failed",
        _ => $"{e.GetType().Name}: {e.Message}",
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent outbox message {Id}")]
    private static partial void Sent(ILogger logger, Guid id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {Id} not sent (attempt {Attempts}); now {Status}")]
    private static partial void NotSent(ILogger logger, Guid id, int attempts, OutboxStatus status);
}
