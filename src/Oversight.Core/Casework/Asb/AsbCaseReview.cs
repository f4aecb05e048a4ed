namespace Oversight.Core.Casework.Asb;

/// A case review (the "Community Trigger") a Community Safety Partnership held or refused: the partnership's record,
/// which the office keeps to understand the extent of case reviews and to hear appeals about them. Holds no personal
/// data: the applicant of a case review is only named if they appeal.
public sealed class AsbCaseReview
{
    public const int TextLength = 8000;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Partnership { get; set; }

    /// The partnership's body (<see cref="Accountability.Bodies.CommunitySafetyPartnerships"/>).
    public Guid? PartnershipBodyId { get; set; }

    /// The partnership's own reference.
    public required string PartnershipReference { get; set; }

    public DateOnly AppliedOn { get; set; }

    /// Complaints about the anti-social behaviour in the months before the application.
    public int ComplaintsInPeriod { get; set; }

    /// The partnership's threshold when the application was recorded, kept since the configuration may change.
    public int Threshold { get; set; }

    public bool ThresholdMet => ComplaintsInPeriod >= Threshold;

    /// Whether the partnership held the review; it may hold one below the threshold, at its discretion.
    public bool Accepted { get; set; }

    public DateOnly? OutcomeOn { get; set; }

    public string? Outcome { get; set; }

    public string? ActionPlan { get; set; }
}
