namespace Oversight.Core.Performance.Reports;

/// One version of the office's report on a quarter: commentary on the measures and themes, taken through
/// submission, approval and publication. A published version never changes; a correction is a new version.
public sealed class QuarterlyReport : ReviewedReport
{
    public const int QuarterLength = 20;

    /// The UK financial-year quarter, written as ReportingPeriod writes it ("2024-25 Q4").
    public required string Quarter { get; set; }

    public List<MeasureCommentary> MeasureCommentaries { get; set; } = [];

    public List<ThemeCommentary> ThemeCommentaries { get; set; } = [];

    /// Why a measure expecting a value in the quarter has none, measure by measure (shown as "no data for this quarter").
    public List<MissingValueReason> MissingValues { get; set; } = [];

    // The covering report to the Police and Crime Panel, written by the office with the commentary and frozen with it.
    public const int CoveringLength = 8000;

    public string? CoveringPurpose { get; set; }

    public string? CoveringSummary { get; set; }

    public string? CoveringExceptions { get; set; }

    public string? CoveringRecommendations { get; set; }

    /// The force's response to the report, written by the force's own users before publication.
    public string? ForceResponse { get; set; }

    public string? ForceResponseBy { get; set; }

    public DateTimeOffset? ForceResponseAt { get; set; }
}

public sealed class MissingValueReason
{
    public const int ReasonLength = 1000;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ReportId { get; set; }

    public required string MeasureId { get; set; }

    public required string Reason { get; set; }
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
