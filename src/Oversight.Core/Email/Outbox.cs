using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oversight.Core.Data;
using Oversight.Core.Lists;

namespace Oversight.Core.Email;

/// A message as the admin outbox page lists it: its state, never its body (which may hold a link's token).
public sealed record OutboxRow(
    Guid Id, DateTimeOffset CreatedAt, string To, string Subject, OutboxStatus Status, int Attempts, DateTimeOffset NextAttemptAt, DateTimeOffset? SentAt, string? LastError);

/// The outbox as administrators read it, newest first, searchable by recipient or subject.
public sealed class Outbox(OversightDbContext db, IOptions<EmailOptions> options)
{
    /// Whether an SMTP server is configured, so messages leave the outbox at all.
    public bool Configured => options.Value.Configured;

    /// The list's columns; the newest message first unless asked otherwise.
    public static ListSorts<OutboxEmail> Sorts { get; } = new ListSorts<OutboxEmail>()
        .Add("queued", m => m.CreatedAt)
        .Add("to", m => m.To)
        .Add("subject", m => m.Subject)
        .Add("status", m => m.Status)
        .Add("attempts", m => m.Attempts)
        .Default("queued", descending: true)
        .ThenBy(m => m.Id);

    /// One page of messages whose recipient or subject holds the words, in a state if asked, sorted and paged in the
    /// database; the bodies are never read.
    public Task<ListPage<OutboxRow>> SearchAsync(OutboxStatus? status, ListRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var messages = db.OutboxEmails.AsNoTracking();
        if (status is { } wanted)
        {
            messages = messages.Where(m => m.Status == wanted);
        }

        return messages.Matching(request, m => m.To, m => m.Subject).PageAsync(Sorts, request,
            rows => rows.Select(m => new OutboxRow(m.Id, m.CreatedAt, m.To, m.Subject, m.Status, m.Attempts, m.NextAttemptAt, m.SentAt, m.LastError)),
            cancellationToken);
    }
}
