using Oversight.Core.Data;

namespace Oversight.Core.Email;

/// Sends e-mail. Messages go to the outbox table in the caller's unit of work; <see cref="OutboxDelivery"/> sends
/// them over SMTP when a server is configured (otherwise they stay in the table, shown at /admin/outbox).
public interface IEmailSender
{
    /// Adds the message to the unit of work; the caller's SaveChanges sends it, so mail and change commit together.
    void Send(string to, string subject, string body);
}

public sealed class OutboxEmailSender(OversightDbContext db, TimeProvider clock) : IEmailSender
{
    public void Send(string to, string subject, string body)
    {
        var now = clock.GetUtcNow();
        db.OutboxEmails.Add(new OutboxEmail { To = to, Subject = subject, Body = body, CreatedAt = now, NextAttemptAt = now });
    }
}
