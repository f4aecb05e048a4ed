using Oversight.Core.Audit;

namespace Oversight.Core.Casework.Letters;

/// A letter as generated and sent, kept as written so the file shows exactly what the applicant was told.
public sealed class CaseLetter
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ReviewId { get; set; }

    public LetterKind Kind { get; set; }

    public DateOnly Dated { get; set; }

    public required string GeneratedBy { get; set; }

    [AuditRedacted]
    public required string Subject { get; set; }

    [AuditRedacted]
    public required string Body { get; set; }
}

public enum LetterKind
{
    Acknowledgement,
    ForwardedToIopc,
    Decision,
}
