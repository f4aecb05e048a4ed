namespace Oversight.Core.Accountability.Spr;

/// A periodic assurance update on one threat, optionally tied to the meeting it was heard at and an action it led to.
public sealed class SprUpdate
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string ThreatId { get; set; }

    public DateOnly Date { get; set; }

    public AssuranceLevel Assurance { get; set; }

    public required string Summary { get; set; }

    public required string Author { get; set; }

    public Guid? MeetingId { get; set; }

    public Guid? ActionId { get; set; }
}
