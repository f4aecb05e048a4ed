namespace Oversight.Core.Custody.Visiting;

public enum VisitStatus
{
    Draft,
    Submitted,
}

/// A pair's report of one visit to a custody suite. Detainees appear only by custody number.
public sealed class CustodyVisit
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string SuiteId { get; set; }

    public Guid FirstVisitorId { get; set; }

    public Guid SecondVisitorId { get; set; }

    public DateOnly VisitDate { get; set; }

    public VisitStatus Status { get; set; }

    /// Goes up by one at every save, so a browser can tell whether the text it kept offline is older than the server's.
    public int Version { get; set; }

    public TimeOnly? ArrivedAt { get; set; }

    public TimeOnly? DepartedAt { get; set; }

    public int? AccessDelayMinutes { get; set; }

    public string? AccessDelayReason { get; set; }

    public string? AuthorisingInspector { get; set; }

    public int? DetaineesInCustody { get; set; }

    public string? RightsNotes { get; set; }

    public string? HealthNotes { get; set; }

    public string? ConditionsNotes { get; set; }

    public string? DignityNotes { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    public List<VisitDetainee> Detainees { get; set; } = [];

    public List<VisitCheck> Checks { get; set; } = [];

    public List<VisitIssue> Issues { get; set; } = [];

    public bool MadeBy(Guid visitorId) => FirstVisitorId == visitorId || SecondVisitorId == visitorId;
}

/// What happened when the visitors asked to see a detainee.
public enum DetaineeContact
{
    Accepted,
    Declined,
    NotAvailable,
    Observed,
}

public sealed class VisitDetainee
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid VisitId { get; set; }

    public int Position { get; set; }

    public required string CustodyNumber { get; set; }

    public bool Child { get; set; }

    public bool Vulnerable { get; set; }

    public bool Woman { get; set; }

    public int? HoursHeld { get; set; }

    public DetaineeContact? Contact { get; set; }

    public string? Notes { get; set; }

    /// Offered a visit: they could be asked, whatever they answered.
    public bool Offered => Contact is DetaineeContact.Accepted or DetaineeContact.Declined;
}

public enum CheckAnswer
{
    Yes,
    No,

    /// "Not applicable": no one held needed it. Only for points that allow it (CheckPoint.MayNotApply); stored under
    /// this short name since the column holds ten characters.
    NotNeeded,
}

/// The answer to one PACE Code C point (Domain.Custody.CodeCPoints).
public sealed class VisitCheck
{
    public Guid VisitId { get; set; }

    public required string Point { get; set; }

    public CheckAnswer Answer { get; set; }
}
