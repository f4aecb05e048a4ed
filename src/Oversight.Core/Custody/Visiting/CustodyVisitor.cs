namespace Oversight.Core.Custody.Visiting;

/// Where an applicant has got to on the way to appointment (Home Office Code of Practice paras 9–12).
public enum VisitorStage
{
    Applied,
    Interviewed,
    Vetted,
    Probation,
    Appointed,
    Left,
}

/// An independent custody visitor (a volunteer), from application to the end of their term.
public sealed class CustodyVisitor
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    /// The visitor's sign-in account, once they have one; it decides which visits they may see.
    public string? UserId { get; set; }

    public VisitorStage Stage { get; set; }

    public DateOnly AppliedOn { get; set; }

    public DateOnly? InterviewedOn { get; set; }

    public DateOnly? VettingClearedOn { get; set; }

    public bool ReferencesReceived { get; set; }

    public DateOnly? TrainingCompletedOn { get; set; }

    public DateOnly? ProbationEndsOn { get; set; }

    public DateOnly? TermStarts { get; set; }

    public DateOnly? TermEnds { get; set; }

    public bool Active { get; set; }

    public List<VisitorExpense> Expenses { get; set; } = [];

    public bool CanVisit => Active && Stage is VisitorStage.Probation or VisitorStage.Appointed;
}

/// Travel and other costs a visitor claims back.
public sealed class VisitorExpense
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid VisitorId { get; set; }

    public DateOnly IncurredOn { get; set; }

    public required string Description { get; set; }

    public decimal Amount { get; set; }
}
