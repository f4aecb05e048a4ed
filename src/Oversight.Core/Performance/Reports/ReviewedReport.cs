namespace Oversight.Core.Performance.Reports;

public enum ReportStatus
{
    Draft,
    Submitted,
    Approved,
    Published,
}

/// One version of a report that goes through drafting, submission, approval and publication: the quarterly and
/// annual reports. Not an entity itself, so each report keeps its own table with these columns.
public abstract class ReviewedReport
{
    public const int NameLength = 256;
    public const int ReasonLength = 2000;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public int Version { get; set; } = 1;

    public ReportStatus Status { get; set; } = ReportStatus.Draft;

    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// The accounts that started and submitted this version: neither may approve or publish it (a second person must).
    public string? CreatedById { get; set; }

    public string? SubmittedById { get; set; }

    public string? SubmittedBy { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    public string? ApprovedBy { get; set; }

    public DateTimeOffset? ApprovedAt { get; set; }

    public string? PublishedBy { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    /// Why this version corrects the one before it; null for a first version.
    public string? CorrectionReason { get; set; }

    /// The report as published (JSON of the report's snapshot); null until published.
    public string? Snapshot { get; set; }
}
