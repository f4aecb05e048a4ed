namespace Oversight.Core.Casework.Asb;

/// A partnership's case review as the office records it from the partnership's return.
public sealed record CaseReviewEntry(
    string? Partnership,
    string? PartnershipReference,
    DateOnly AppliedOn,
    int? ComplaintsInPeriod,
    bool? Accepted,
    DateOnly? OutcomeOn,
    string? Outcome,
    string? ActionPlan);

/// An appeal as a member of the public sends it on the form, or an officer records it from a letter.
public sealed record AppealApplication(
    DateOnly ReceivedOn,
    ContactChannel Channel,
    string? Name,
    string? Email,
    string? Phone,
    string? Partnership,
    string? District,
    DateOnly? OutcomeGivenOn,
    string? Reasons);

/// What the officer establishes: eligibility, any extension, information from the partnership, the panel.
public sealed record AppealAssessment(
    bool? Eligible,
    DateOnly? ExtendedTo,
    string? ExtensionReason,
    Guid? CaseReviewId,
    DateOnly? InformationRequestedOn,
    DateOnly? InformationReceivedOn,
    DateOnly? PanelOn,
    string? PanelMembers);

public sealed record AppealOutcome(AsbAppealDecision? Decision, string? Rationale, DateOnly DecidedOn);

public sealed record PartnershipResponse(bool? Accepted, string? Response, DateOnly? RespondedOn);
