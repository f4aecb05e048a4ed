using Oversight.Core.Audit;

namespace Oversight.Core.Engagement;

public enum ResponseImportStatus
{
    Pending,
    Imported,
    Discarded,
}

/// A survey tool's export: kept while its columns are mapped and previewed, then imported all or nothing.
public sealed class ResponseImport
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ConsultationId { get; set; }

    public required string FileName { get; set; }

    /// Identifies the file, so the same export is never imported twice into one consultation.
    public required string Sha256 { get; set; }

    public Domain.Engagement.ConsultationChannel Channel { get; set; }

    public ResponseImportStatus Status { get; set; }

    public required string UploadedBy { get; set; }

    public DateTimeOffset UploadedAt { get; set; }

    public int Respondents { get; set; }

    /// The file itself until it is imported or discarded; not copied into the audit trail, which would spread
    /// respondents' free text and the columns the import ignores (possibly names) into a second place.
    [AuditRedacted]
    public byte[]? Content { get; set; }
}
