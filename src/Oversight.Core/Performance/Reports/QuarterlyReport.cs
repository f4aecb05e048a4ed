namespace Oversight.Core.Performance.Reports;

public enum ReportStatus
{
    Draft,
    Submitted,
    Approved,
    Published,
}

/// One version of the office's report on a quarter: commentary on the measures and themes, taken through
/// submission, approval and publication. A published version never changes; a correction is a new version.
public sealed class QuarterlyReport : IReviewedReport
{
    public const int QuarterLength = 20;
    public const int NameLength = 256;
    public const int ReasonLength = 2000;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// The UK financial-year quarter, written as ReportingPeriod writes it ("2024-25 Q4").
    public required string Quarter { get; set; }

    public int Version { get; set; } = 1;

    public ReportStatus Status { get; set; } = ReportStatus.Draft;

    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string? SubmittedBy { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    public string? ApprovedBy { get; set; }

    public DateTimeOffset? ApprovedAt { get; set; }

    public string? PublishedBy { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    /// Why this version corrects the one before it; null for a first version.
    public string? CorrectionReason { get; set; }

    /// The judgements and commentary as published (JSON of ReportSnapshot); null until published.
    public string? Snapshot { get; set; }

    public List<MeasureCommentary> MeasureCommentaries { get; set; } = [];

    public List<ThemeCommentary> ThemeCommentaries { get; set; } = [];
}

public sealed class MeasureCommentary
{
    public const int TextLength = 4000;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ReportId { get; set; }

    public required string MeasureId { get; set; }

    public required string Text { get; set; }
}

public sealed class ThemeCommentary
{
    public const int JudgementLength = 50;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ReportId { get; set; }

    public required string ThemeId { get; set; }

    public string Text { get; set; } = "";

    /// The overall judgement the office gives instead of the roll-up's suggestion; null to keep the suggestion.
    public string? OverrideJudgement { get; set; }

    public string? OverrideRationale { get; set; }
}
