namespace Oversight.Core.Accountability.Actions;

/// A new action as typed on the form; the due date is read by the page.
public sealed record ActionDetails(
    string? Description, string? OwnerOrganisationId, string? OwnerPerson, DateOnly DueDate, string? PriorityId, string? MeasureId);

/// A progress update: what happened, the status now, and for a completed action the evidence.
public sealed record UpdateDetails(string? Text, string? Status, string? EvidenceText, string? EvidenceUrl);
