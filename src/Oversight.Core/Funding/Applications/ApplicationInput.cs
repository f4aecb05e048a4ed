namespace Oversight.Core.Funding.Applications;

/// What the application form posts; text as typed, so a mistake is shown back rather than lost.
public sealed record ApplicationInput(
    string? StrandCode,
    string? ProjectTitle,
    string? Summary,
    string? District,
    string? Wards,
    string? Area,
    string? Partners,
    string? Amount,
    string? PeopleExpected,
    IReadOnlyList<string> Priorities,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> Focuses,
    IReadOnlyList<BudgetInput> Budget,
    IReadOnlyList<OutcomeInput> Outcomes);

public sealed record BudgetInput(string? Item, string? Amount);

public sealed record OutcomeInput(string? Description, string? Indicator);
