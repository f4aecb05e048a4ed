using System.ComponentModel.DataAnnotations;
using Oversight.Core.Audit;

namespace Oversight.Core.Performance.Observations;

public enum UploadStatus
{
    Previewed,
    Committed,
    Discarded,
}

/// A partner's or analyst's upload of values for one measure. The parsed rows are kept with it, so the preview
/// can be committed without sending the file again and nothing uploaded is lost.
public sealed class DataUpload
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string MeasureId { get; set; }

    public required string FileName { get; set; }

    public required string Sha256 { get; set; }

    public required string OrganisationId { get; set; }

    public required string UploadedBy { get; set; }

    public DateTimeOffset UploadedAt { get; set; }

    public UploadStatus Status { get; set; }

    public int Rows { get; set; }

    /// The encoding a CSV that was not UTF-8 was read in ("Windows-1252"), shown on the preview for the person
    /// to confirm; null for UTF-8, UTF-16 and workbooks.
    [MaxLength(32)]
    public string? ReadAs { get; set; }

    /// The validated rows as JSON. Not copied into the audit trail: the upload keeps it, its hash identifies
    /// it, and a copy would double every file's size and spread partners' free-text notes.
    [AuditRedacted]
    public required string Payload { get; set; }
}
