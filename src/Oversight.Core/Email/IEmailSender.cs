using Microsoft.Extensions.Options;
using Oversight.Core.Data;

namespace Oversight.Core.Email;

/// Sends e-mail. Messages go to the outbox table in the caller's unit of work; <see cref="OutboxDelivery"/> sends
/// them over SMTP when a server is configured (otherwise they stay in the table, shown at /admin/outbox).
public interface IEmailSender
{
    /// Adds the message to the unit of work; the caller's SaveChanges sends it, so mail and change commit together.
    /// A list's messages name <paramref name="unsubscribe"/>, a link that unsubscribes with one click (RFC 8058), in
    /// their List-Unsubscribe header.
    void Send(string to, string subject, string body, string? unsubscribe = null);

    /// A link to a page of the service for an e-mail: absolute when Email:SiteUrl is set, otherwise the path.
    string Link(string pathAndQuery);
}

public sealed class OutboxEmailSender(OversightDbContext db, TimeProvider clock, IOptions<EmailOptions> options) : IEmailSender
{
    public string Link(string pathAndQuery) =>
        string.IsNullOrEmpty(options.Value.SiteUrl) ? pathAndQuery : options.Value.SiteUrl.TrimEnd('/') + pathAndQuery;

    public void Send(string to, string subject, string body, string? unsubscribe = null)
    {
        var now = clock.GetUtcNow();
        db.OutboxEmails.Add(new OutboxEmail { To = to, Subject = subject, Body = body, CreatedAt = now, NextAttemptAt = now, ListUnsubscribe = unsubscribe });
    }
}
