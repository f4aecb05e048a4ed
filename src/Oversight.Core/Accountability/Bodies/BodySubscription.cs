namespace Oversight.Core.Accountability.Bodies;

/// Someone who asked to be e-mailed a body's agendas, papers and minutes. Nothing is sent until they follow the link
/// in the first e-mail (double opt-in), so no one can subscribe somebody else; unsubscribing deletes the row.
public sealed class BodySubscription
{
    public const int EmailLength = 256;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid BodyId { get; set; }

    public required string Email { get; set; }

    /// The secret in the confirm and unsubscribe links: whoever holds it controls this subscription only.
    [Audit.AuditRedacted]
    public required string Token { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ConfirmedAt { get; set; }
}
