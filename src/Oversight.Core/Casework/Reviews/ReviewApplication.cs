namespace Oversight.Core.Casework.Reviews;

/// An application for a review as the officer records it from the letter, email or form that brought it.
public sealed record ReviewApplication(
    DateOnly ReceivedOn,
    ContactChannel Channel,
    string ApplicantName,
    string? ApplicantEmail,
    string? ApplicantPhone,
    string? ApplicantAddress,
    string? RepresentativeName,
    DateOnly? RepresentativeConsentOn,
    string ForceReference,
    DateOnly? ComplaintMadeOn,
    string AppropriateAuthority,
    DateOnly OutcomeGivenOn,
    string? ComplaintSummary,
    string? District);

/// The reviewer's decision.
public sealed record ReviewOutcome(ReviewDecision? Decision, string? Rationale, DateOnly DecidedOn);

/// The force's answer to a recommendation or learning point.
public sealed record ForceResponse(bool? Accepted, string? Response, DateOnly? RespondedOn);
