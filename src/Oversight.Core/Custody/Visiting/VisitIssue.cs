namespace Oversight.Core.Custody.Visiting;

public enum IssueCategory
{
    Rights,
    Health,
    FoodAndDrink,
    CellConditions,
    Facilities,
    Dignity,
    Staffing,
    Other,
}

public enum IssueStatus
{
    Open,
    Closed,
}

/// A concern raised on a visit, followed up with the custody inspector until the police answer and it is closed.
public sealed class VisitIssue
{
    public const int DaysToRespond = 28;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid VisitId { get; set; }

    public CustodyVisit? Visit { get; set; }

    public int Position { get; set; }

    public IssueCategory Category { get; set; }

    public required string Description { get; set; }

    /// Whom the pair raised it with at the suite, such as the custody sergeant or inspector.
    public required string RaisedWith { get; set; }

    public string? ImmediateAction { get; set; }

    public IssueStatus Status { get; set; }

    /// The day the report went to the custody inspector; set when the visit is submitted.
    public DateOnly? ReferredOn { get; set; }

    public DateOnly? DueBy { get; set; }

    public string? PoliceResponse { get; set; }

    public DateOnly? RespondedOn { get; set; }

    public bool Escalated { get; set; }

    public DateOnly? ClosedOn { get; set; }

    public bool IsOverdue(DateOnly today) => Status == IssueStatus.Open && RespondedOn is null && DueBy < today;
}
