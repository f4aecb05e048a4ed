namespace Oversight.Core.Funding.Rounds;

/// A round as grants staff typed it; rows left wholly blank are ignored.
public sealed record RoundInput(
    string? Name,
    string? FinancialYear,
    string? Pot,
    DateOnly Opens,
    DateOnly Closes,
    IReadOnlyList<string> EligibleTypes,
    RoundRulesInput? Rules);

/// What applicants are judged by. Null on an edit that leaves the rules alone.
public sealed record RoundRulesInput(
    IReadOnlyList<StrandInput> Strands,
    IReadOnlyList<string> Priorities,
    IReadOnlyList<string> Themes,
    string? Focuses,
    IReadOnlyList<CriterionInput> Criteria);

/// Kind is "standard", "collaborative" or "restricted"; areas are one on each line.
public sealed record StrandInput(string? Code, string? Name, string? Ceiling, string? Kind, string? Areas)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Ceiling) && string.IsNullOrWhiteSpace(Areas);
}

public sealed record CriterionInput(string? Code, string? Name, string? Weight, string? MaxScore)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Weight) && string.IsNullOrWhiteSpace(MaxScore);
}

/// A plan priority, cross-cutting theme or area of focus a round may offer.
public sealed record OptionChoice(string Code, string Name);

/// A round in the list, with where it has got to.
public sealed record RoundSummary(FundingRound Round, int Submitted, int Undecided, string Status);
