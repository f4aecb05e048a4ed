using Oversight.Domain.Funding;

namespace Oversight.Core.Funding.Rounds;

/// One round of the Safer Communities Fund, configured in data so each round can differ.
public sealed class FundingRound
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public int Number { get; set; }

    public required string Name { get; set; }

    public required string FinancialYear { get; set; }

    public decimal Pot { get; set; }

    public DateOnly Opens { get; set; }

    public DateOnly Closes { get; set; }

    public List<string> EligibleTypes { get; set; } = [];

    public List<RoundStrand> Strands { get; set; } = [];

    public List<RoundOption> Options { get; set; } = [];

    public List<RoundCriterion> Criteria { get; set; } = [];

    public bool IsOpen(DateOnly day) => day >= Opens && day <= Closes;

    public IEnumerable<RoundOption> Priorities => Options.Where(o => o.Kind == RoundOptionKind.Priority).OrderBy(o => o.Order);

    public IEnumerable<RoundOption> Themes => Options.Where(o => o.Kind == RoundOptionKind.Theme).OrderBy(o => o.Order);

    public IEnumerable<RoundOption> Focuses => Options.Where(o => o.Kind == RoundOptionKind.Focus).OrderBy(o => o.Order);

    public RoundConfiguration ToConfiguration() => new(
        Number,
        Name,
        FinancialYear,
        Pot,
        Opens,
        Closes,
        Strands.OrderBy(s => s.Order).Select(s => new Strand(s.Code, s.Name, s.Ceiling, s.Collaborative, s.RestrictedAreas)).ToList(),
        Priorities.Select(o => o.Code).ToList(),
        Themes.Select(o => o.Code).ToList(),
        Criteria.OrderBy(c => c.Order).Select(c => new Criterion(c.Code, c.Name, c.Weight, c.MaxScore)).ToList(),
        EligibleTypes.Select(Enum.Parse<OrganisationType>).ToHashSet());
}

public sealed class RoundStrand
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid RoundId { get; set; }

    public int Order { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public decimal Ceiling { get; set; }

    public bool Collaborative { get; set; }

    public List<string> RestrictedAreas { get; set; } = [];
}

public enum RoundOptionKind
{
    Priority,
    Theme,

    /// An area of focus within the priorities, such as crimes affecting businesses.
    Focus,
}

/// A plan priority, cross-cutting theme or area of focus applicants align to in this round.
public sealed class RoundOption
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid RoundId { get; set; }

    public RoundOptionKind Kind { get; set; }

    public int Order { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }
}

public sealed class RoundCriterion
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid RoundId { get; set; }

    public int Order { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public int Weight { get; set; }

    public int MaxScore { get; set; }
}
