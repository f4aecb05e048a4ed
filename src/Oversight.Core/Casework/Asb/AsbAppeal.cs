using Oversight.Core.Audit;
using Oversight.Domain.Casework;

namespace Oversight.Core.Casework.Asb;

/// An application to the office to review how a partnership handled an ASB case review, from receipt to decision.
public sealed class AsbAppeal
{
    public const int ReferenceLength = 20;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// The office's reference, like "ASB-2025-7F3A2C01D4", shown to the applicant on confirmation.
    public required string Reference { get; set; }

    public DateOnly ReceivedOn { get; set; }

    public ContactChannel Channel { get; set; }

    public Guid ApplicantId { get; set; }

    public CasePerson? Applicant { get; set; }

    public required string Partnership { get; set; }

    /// The partnership's body (<see cref="Accountability.Bodies.CommunitySafetyPartnerships"/>).
    public Guid? PartnershipBodyId { get; set; }

    /// Where the anti-social behaviour happened, for statistics by district.
    public string? District { get; set; }

    /// The partnership's case review, once the office has matched it.
    public Guid? CaseReviewId { get; set; }

    public AsbCaseReview? CaseReview { get; set; }

    /// The day the applicant was told the case review's outcome; the time limit runs from it.
    public DateOnly OutcomeGivenOn { get; set; }

    [AuditRedacted]
    public string? Reasons { get; set; }

    /// The limit in days when the appeal was received, kept since the configuration may change.
    public int AppealDays { get; set; }

    // Eligibility: the applicant (or someone on their behalf) applied for the case review and was told its outcome.
    public bool? Eligible { get; set; }

    public DateOnly? ExtendedTo { get; set; }

    [AuditRedacted]
    public string? ExtensionReason { get; set; }

    public DateOnly? InformationRequestedOn { get; set; }

    public DateOnly? InformationReceivedOn { get; set; }

    public DateOnly? PanelOn { get; set; }

    public string? PanelMembers { get; set; }

    /// The office's standard: working days from receipt, bank holidays excluded.
    public DateOnly DueOn { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public AsbAppealDecision? Decision { get; set; }

    [AuditRedacted]
    public string? Rationale { get; set; }

    public string? DecidedBy { get; set; }

    public List<AsbRecommendation> Recommendations { get; set; } = [];

    public List<Letters.CaseLetter> Letters { get; set; } = [];

    public DateTimeOffset? AnonymisedAt { get; set; }

    public Timeliness Timeliness => ReviewTimeLimit.Assess(OutcomeGivenOn, ReceivedOn, 0, ExtendedTo, AppealDays);

    public DateOnly LastDayToApply => ReviewTimeLimit.LastDay(OutcomeGivenOn, 0, AppealDays);

    public AsbAppealStatus Status =>
        Decision is not null ? AsbAppealStatus.Decided
        : Eligible == false || Timeliness == Timeliness.OutOfTime ? AsbAppealStatus.NotAccepted
        : AsbAppealStatus.Open;

    public bool IsOpen => Status == AsbAppealStatus.Open;
}

/// A recommendation the office makes to the partnership, which must at least consider it, and its answer.
public sealed class AsbRecommendation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AppealId { get; set; }

    [AuditRedacted]
    public required string Text { get; set; }

    /// The day the partnership's response is due.
    public DateOnly DueOn { get; set; }

    public DateOnly? RespondedOn { get; set; }

    public bool? Accepted { get; set; }

    [AuditRedacted]
    public string? Response { get; set; }
}

public enum AsbAppealDecision
{
    /// The case review was handled properly and its outcome stands.
    OriginalStands,

    /// The office makes recommendations to the partnership.
    Recommendations,
}

public enum AsbAppealStatus
{
    Open,
    NotAccepted,
    Decided,
}
