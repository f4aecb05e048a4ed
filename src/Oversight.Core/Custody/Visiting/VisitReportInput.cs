namespace Oversight.Core.Custody.Visiting;

/// A visit report as typed on the form, before it is checked. Field names match the form's, so errors land beside them.
public sealed class VisitReportInput
{
    public string? ArrivedAt { get; set; }

    public string? DepartedAt { get; set; }

    public string? AccessDelayMinutes { get; set; }

    public string? AccessDelayReason { get; set; }

    public string? AuthorisingInspector { get; set; }

    public string? DetaineesInCustody { get; set; }

    public string? RightsNotes { get; set; }

    public string? HealthNotes { get; set; }

    public string? ConditionsNotes { get; set; }

    public string? DignityNotes { get; set; }

    public Dictionary<string, string?> Checks { get; set; } = [];

    public List<DetaineeInput> Detainees { get; set; } = [];

    public List<IssueInput> Issues { get; set; } = [];
}

public sealed class DetaineeInput
{
    public string? CustodyNumber { get; set; }

    public bool Child { get; set; }

    public bool Vulnerable { get; set; }

    public bool Woman { get; set; }

    public string? HoursHeld { get; set; }

    public string? Contact { get; set; }

    public string? Notes { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(CustodyNumber) && string.IsNullOrWhiteSpace(HoursHeld)
        && string.IsNullOrWhiteSpace(Contact) && string.IsNullOrWhiteSpace(Notes) && !Child && !Vulnerable && !Woman;
}

public sealed class IssueInput
{
    public string? Category { get; set; }

    public string? Description { get; set; }

    public string? RaisedWith { get; set; }

    public string? ImmediateAction { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Category) && string.IsNullOrWhiteSpace(Description)
        && string.IsNullOrWhiteSpace(RaisedWith) && string.IsNullOrWhiteSpace(ImmediateAction);
}
