using Oversight.Core.Audit;

namespace Oversight.Core.Casework.Letters;

/// A letter as generated and sent, kept as written so the file shows exactly what the applicant was told: the words,
/// the address it went to and who signed it. It belongs to one case: a complaint review or an ASB appeal.
public sealed class CaseLetter
{
    public const int AddressLength = 1000;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid? ReviewId { get; set; }

    public Guid? AsbAppealId { get; set; }

    public LetterKind Kind { get; set; }

    public DateOnly Dated { get; set; }

    public required string GeneratedBy { get; set; }

    /// The case's reference, quoted at the head of the letter.
    public string? Reference { get; set; }

    [AuditRedacted]
    public string? RecipientName { get; set; }

    /// The postal address as the case held it when the letter was written; for an email, the address it goes to.
    [AuditRedacted]
    public string? RecipientAddress { get; set; }

    public string? SignedBy { get; set; }

    public string? SignerRole { get; set; }

    [AuditRedacted]
    public required string Subject { get; set; }

    [AuditRedacted]
    public required string Body { get; set; }

    // Sending, recorded by hand once the letter has gone.
    public DateOnly? SentOn { get; set; }

    public LetterChannel? SentBy { get; set; }

    public string? SentRecordedBy { get; set; }

    public DateTimeOffset? SentRecordedAt { get; set; }
}

public enum LetterKind
{
    Acknowledgement,
    ForwardedToIopc,
    Decision,

    /// The application is invalid or out of time, so the office will not review it.
    NotAccepted,

    /// The office's decision on an appeal about an ASB case review.
    AsbDecision,
}

/// How a letter went to its recipient.
public enum LetterChannel
{
    Post,
    Email,
}
