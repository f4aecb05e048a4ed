using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oversight.Core.Audit;

namespace Oversight.Core.Email;

/// Where a message is on its way out. Stored as its number: existing rows became Queued (0) when the column came.
public enum OutboxStatus
{
    /// Waiting for its first or next attempt (after a temporary failure, from NextAttemptAt).
    Queued = 0,

    /// Claimed by one instance, which is sending it until ClaimedUntil.
    Sending = 1,

    Sent = 2,

    /// Refused by the server, or still failing after the last attempt; LastError says why.
    Failed = 3,
}

/// An e-mail the service sends: kept in a table (an outbox) written in the same transaction as the change it tells
/// someone about, and delivered from there.
public sealed class OutboxEmail
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string To { get; set; }

    [AuditTokensRedacted]
    public required string Subject { get; set; }

    /// The audit trail keeps the body with its links' tokens taken out; the message itself keeps them.
    [AuditTokensRedacted]
    public required string Body { get; set; }

    /// The one-click unsubscribe link of a mailing list's message, sent as its List-Unsubscribe header; holds a token.
    [AuditTokensRedacted]
    public string? ListUnsubscribe { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public OutboxStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    /// The last failure, as the server or the connection reported it (never the message's content).
    public string? LastError { get; set; }

    /// The claim of the instance sending it, so no other instance sends it too.
    public Guid? ClaimId { get; set; }

    public DateTimeOffset? ClaimedUntil { get; set; }
}

public sealed class OutboxEmailConfiguration : IEntityTypeConfiguration<OutboxEmail>
{
    public const int ErrorLength = 500;

    public void Configure(EntityTypeBuilder<OutboxEmail> builder)
    {
        builder.Property(e => e.To).HasMaxLength(256);
        builder.Property(e => e.Subject).HasMaxLength(300);
        builder.Property(e => e.Body).HasMaxLength(10_000);
        builder.Property(e => e.LastError).HasMaxLength(ErrorLength);
        builder.Property(e => e.ListUnsubscribe).HasMaxLength(2000);
        builder.HasIndex(e => e.To);
        builder.HasIndex(e => new { e.Status, e.NextAttemptAt });
    }
}
