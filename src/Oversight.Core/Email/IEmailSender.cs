using Oversight.Core.Data;
using Oversight.Core.Funding.Applicants;

namespace Oversight.Core.Email;

/// Sends e-mail. The only sender writes to the outbox table; a relay outside the app delivers from there.
public interface IEmailSender
{
    /// Adds the message to the unit of work; the caller's SaveChanges sends it, so mail and change commit together.
    void Send(string to, string subject, string body);
}

public sealed class OutboxEmailSender(OversightDbContext db, TimeProvider clock) : IEmailSender
{
    public void Send(string to, string subject, string body) =>
        db.OutboxEmails.Add(new OutboxEmail { To = to, Subject = subject, Body = body, CreatedAt = clock.GetUtcNow() });
}
