namespace Oversight.Core.Casework.Enquiries;

/// A contact as recorded by an officer or sent through the public form. Only what is needed to reply is asked for.
public sealed record NewEnquiry(
    DateOnly ReceivedOn,
    ContactChannel Channel,
    string? Name,
    string? Email,
    string? Phone,
    string? Category,
    string? District,
    string? Message,
    string? ForceReference = null,
    Guid? SurgeryBookingId = null);

/// The officers' queues of open enquiries.
public enum EnquiryQueue
{
    Mine,
    Unassigned,
    DueSoon,
    Overdue,
    All,
}

/// Why an enquiry was closed.
public static class ClosureReasons
{
    public static readonly IReadOnlyList<string> All =
    [
        "Answered",
        "Referred to West Yorkshire Police",
        "Referred to another organisation",
        "Became a complaint review",
        "No reply from the person",
        "Withdrawn",
        "Duplicate",
    ];
}

/// A file attached to the correspondence log.
public sealed record Attachment(string FileName, string ContentType, byte[] Content);
