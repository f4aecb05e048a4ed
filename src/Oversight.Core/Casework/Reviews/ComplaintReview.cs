using Oversight.Core.Audit;
using Oversight.Core.Casework.Letters;
using Oversight.Domain.Casework;

namespace Oversight.Core.Casework.Reviews;

/// An application for a review of the outcome of a police complaint (Police Reform Act 2002 Sch 3 paras 6A and 25;
/// Police (Complaints and Misconduct) Regulations 2020 reg 29), from receipt to decision.
public sealed class ComplaintReview
{
    public const int ReferenceLength = 20;
    public const int TextLength = 8000;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// The office's own reference, like "CR-2024-0012".
    public required string Reference { get; set; }

    // The application (reg 29(5)).
    public DateOnly ReceivedOn { get; set; }

    public ContactChannel Channel { get; set; }

    public Guid ApplicantId { get; set; }

    public CasePerson? Applicant { get; set; }

    [AuditRedacted]
    public string? RepresentativeName { get; set; }

    /// The day the applicant's written consent for the representative was received.
    public DateOnly? RepresentativeConsentOn { get; set; }

    public required string ForceReference { get; set; }

    public DateOnly? ComplaintMadeOn { get; set; }

    public required string AppropriateAuthority { get; set; }

    public DateOnly OutcomeGivenOn { get; set; }

    [AuditRedacted]
    public string? ComplaintSummary { get; set; }

    public string? District { get; set; }

    // The 28-day window.
    public int DaysForwarding { get; set; }

    public DateOnly? ExtendedTo { get; set; }

    [AuditRedacted]
    public string? ExtensionReason { get; set; }

    // The relevant review body test (IOPC Statutory Guidance para 18.6).
    public bool AboutChiefOfficer { get; set; }

    public bool AboutSeniorOfficer { get; set; }

    public bool CouldJustifyProceedings { get; set; }

    public bool CouldInfringeArticle2Or3 { get; set; }

    public bool ReferredToIopc { get; set; }

    public DateOnly? ForwardedToIopcOn { get; set; }

    public DateOnly? ApplicantNotifiedOfForwardingOn { get; set; }

    // Validity and type.
    public bool? RecordedUnderSchedule3 { get; set; }

    public bool? EligibleComplainant { get; set; }

    public bool? NotDirectedOrIndependent { get; set; }

    public ReviewType? Type { get; set; }

    public DateOnly? InterestedPersonsNotifiedOn { get; set; }

    public DateOnly? InformationRequestedOn { get; set; }

    public DateOnly? InformationReceivedOn { get; set; }

    // The review.
    public string? ReviewerId { get; set; }

    public string? ReviewerName { get; set; }

    /// The office's service standard: working days from receipt, bank holidays excluded.
    public DateOnly DueOn { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public ReviewDecision? Decision { get; set; }

    [AuditRedacted]
    public string? Rationale { get; set; }

    public List<ReviewRecommendation> Recommendations { get; set; } = [];

    public List<CaseLetter> Letters { get; set; } = [];

    public DateTimeOffset? AnonymisedAt { get; set; }

    public Timeliness Timeliness => ReviewTimeLimit.Assess(OutcomeGivenOn, ReceivedOn, DaysForwarding, ExtendedTo);

    public DateOnly LastDayToApply => ReviewTimeLimit.LastDay(OutcomeGivenOn, DaysForwarding);

    public ReviewBodyDecision ReviewBody =>
        Domain.Casework.ReviewBody.Decide(new ReviewBodyFacts(AboutChiefOfficer, AboutSeniorOfficer, CouldJustifyProceedings, CouldInfringeArticle2Or3, ReferredToIopc));

    /// Valid when every check has been answered yes; null while any is unanswered.
    public bool? IsValid =>
        RecordedUnderSchedule3 is null || EligibleComplainant is null || NotDirectedOrIndependent is null
            ? null
            : RecordedUnderSchedule3.Value && EligibleComplainant.Value && NotDirectedOrIndependent.Value;

    public ReviewStatus Status =>
        Decision is not null ? ReviewStatus.Decided
        : ForwardedToIopcOn is not null ? ReviewStatus.ForwardedToIopc
        : IsValid == false || Timeliness == Timeliness.OutOfTime ? ReviewStatus.NotAccepted
        : ReviewStatus.Open;

    public bool IsOpen => Status == ReviewStatus.Open;
}

/// Schedule 3 para 6A (handled otherwise than by investigation) or para 25 (investigated by the appropriate authority).
public enum ReviewType
{
    OtherwiseThanByInvestigation,
    Investigation,
}

/// Whether the outcome was reasonable and proportionate.
public enum ReviewDecision
{
    NotUpheld,
    Upheld,
}

public enum ReviewStatus
{
    Open,
    ForwardedToIopc,
    NotAccepted,
    Decided,
}
