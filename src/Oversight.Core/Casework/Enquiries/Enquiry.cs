using Oversight.Core.Audit;

namespace Oversight.Core.Casework.Enquiries;

/// A contact from a member of the public about policing and crime.
public sealed class Enquiry
{
    public const int ReferenceLength = 20;
    public const int TextLength = 8000;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// The reference the person is given, like "ENQ-2024-0042".
    public required string Reference { get; set; }

    public DateOnly ReceivedOn { get; set; }

    public ContactChannel Channel { get; set; }

    public Guid PersonId { get; set; }

    public CasePerson? Person { get; set; }

    public required string Category { get; set; }

    public string? District { get; set; }

    [AuditRedacted]
    public string? Summary { get; set; }

    public string? AssignedToId { get; set; }

    public string? AssignedToName { get; set; }

    public string? ForceReference { get; set; }

    public DateOnly DueOn { get; set; }

    public DateOnly? RespondedOn { get; set; }

    public EnquiryStatus Status { get; set; }

    public DateOnly? ClosedOn { get; set; }

    public string? ClosureReason { get; set; }

    /// The surgery booking it came from, if it was a follow-up action.
    public Guid? SurgeryBookingId { get; set; }

    public List<EnquiryEntry> Entries { get; set; } = [];

    public DateTimeOffset? AnonymisedAt { get; set; }
}

public enum EnquiryStatus
{
    New,
    InProgress,
    AwaitingForce,
    Closed,
}

/// One item of the correspondence log: a message in, a reply out, or a file note; optionally with a file.
public sealed class EnquiryEntry
{
    public const int FileNameLength = 255;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid EnquiryId { get; set; }

    public DateTimeOffset At { get; set; }

    public EntryKind Kind { get; set; }

    /// The officer, or the member of the public for a message received, so kept out of the audit trail.
    [AuditRedacted]
    public required string By { get; set; }

    [AuditRedacted]
    public string? Text { get; set; }

    [AuditRedacted]
    public string? AttachmentName { get; set; }

    public string? AttachmentType { get; set; }

    [AuditRedacted]
    public byte[]? AttachmentContent { get; set; }
}

public enum EntryKind
{
    Received,
    Sent,
    Note,
}
