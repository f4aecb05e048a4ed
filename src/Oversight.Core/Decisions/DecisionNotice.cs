using Oversight.Domain.Decisions;

namespace Oversight.Core.Decisions;

public enum NoticeStatus
{
    /// Drafted from its record; advice and signature still to come.
    Draft,

    /// Signed by the decision maker; not yet public.
    SignedOff,

    /// On the public register. Never changed again: a correction is a new version.
    Published,

    /// A version saying the notice was withdrawn, with the date and the reason; earlier versions leave the register.
    Withdrawn,
}

/// One version of a decision notice for the register the Specified Information Order requires: drafted from the record
/// that caused the decision, advised on by the Chief Finance Officer and the monitoring officer, signed, published.
public sealed class DecisionNotice
{
    public const int ShortText = 300;
    public const int LongText = 8000;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// Shared by every version of the same notice.
    public Guid SeriesId { get; set; }

    public int Version { get; set; } = 1;

    /// The register's reference, the same on every version ("2024-25/007").
    public required string Reference { get; set; }

    public DecisionType Type { get; set; }

    public NoticeStatus Status { get; set; } = NoticeStatus.Draft;

    public required string Title { get; set; }

    public string Summary { get; set; } = "";

    /// The post that must sign, by the scheme's id, and the person holding it once signed.
    public required string DecisionMakerPost { get; set; }

    public string? DecisionMaker { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public decimal? Amount { get; set; }

    public string Reasons { get; set; } = "";

    public string OptionsConsidered { get; set; } = "";

    public string ConflictsDeclared { get; set; } = "";

    public string BackgroundPapers { get; set; } = "";

    /// The part withheld from the public, kept for the office only.
    public string? ExemptText { get; set; }

    /// The Schedule 12A paragraph (1 to 7) the withheld part falls under.
    public int? ExemptCategory { get; set; }

    /// The record the notice was drafted from ("FundingApplication", "PreceptRecord", "VictimServiceContract") and its id.
    public required string SourceType { get; set; }

    public required string SourceId { get; set; }

    public string? FinanceAdvice { get; set; }

    public string? FinanceAdviceBy { get; set; }

    public DateTimeOffset? FinanceAdviceAt { get; set; }

    public string? MonitoringAdvice { get; set; }

    public string? MonitoringAdviceBy { get; set; }

    public DateTimeOffset? MonitoringAdviceAt { get; set; }

    public DateTimeOffset? SignedAt { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    /// Why this version replaces the one before it (a correction or a redaction); null for a first version.
    public string? ChangeReason { get; set; }

    public DateOnly? WithdrawnOn { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// A key decision coming up, published for the Police and Crime Panel.
public sealed class ForwardPlanEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Title { get; set; }

    public DecisionType Type { get; set; }

    public required string DecisionMakerPost { get; set; }

    /// The month the decision is expected in, as its first day.
    public DateOnly ExpectedBy { get; set; }

    public string Summary { get; set; } = "";

    public string Contact { get; set; } = "";

    /// Whether part of the decision is expected to be exempt (the Schedule 12A paragraph), or null.
    public int? ExemptCategory { get; set; }

    /// The notice the decision became, once taken.
    public Guid? NoticeSeriesId { get; set; }
}
