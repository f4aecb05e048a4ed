namespace Oversight.Domain.Funding;

/// <summary>
/// How one grant round is set up. Everything an applicant is checked against lives here, so each round can change
/// ceilings, areas, priorities and criteria without a code change.
/// </summary>
/// <param name="Number">The round's number within the fund, e.g. 7.</param>
/// <param name="Name">The round's public name.</param>
/// <param name="FinancialYear">The financial year the round's awards count in, e.g. "2024-25".</param>
/// <param name="Pot">The money available.</param>
/// <param name="Opens">The first day applications are accepted.</param>
/// <param name="Closes">The last day applications are accepted.</param>
/// <param name="Strands">The kinds of grant on offer, each with its own ceiling.</param>
/// <param name="Priorities">The plan priorities an application must align to (ids).</param>
/// <param name="Themes">The cross-cutting themes an application may address (ids).</param>
/// <param name="Criteria">The assessment criteria and their weights.</param>
/// <param name="EligibleTypes">The kinds of organisation that may apply.</param>
public sealed record RoundConfiguration(
    int Number,
    string Name,
    string FinancialYear,
    decimal Pot,
    DateOnly Opens,
    DateOnly Closes,
    IReadOnlyList<Strand> Strands,
    IReadOnlyList<string> Priorities,
    IReadOnlyList<string> Themes,
    IReadOnlyList<Criterion> Criteria,
    IReadOnlySet<OrganisationType> EligibleTypes)
{
    /// <summary>Whether applications are accepted on the given day.</summary>
    public bool IsOpenOn(DateOnly day) => day >= Opens && day <= Closes;
}

/// <summary>A kind of grant within a round.</summary>
/// <param name="Code">A short code such as "standard".</param>
/// <param name="Name">The name applicants see.</param>
/// <param name="Ceiling">The most one application may ask for.</param>
/// <param name="Collaborative">Whether a lead applies with partners.</param>
/// <param name="RestrictedAreas">If not empty, the only areas a project may be delivered in.</param>
public sealed record Strand(string Code, string Name, decimal Ceiling, bool Collaborative, IReadOnlyList<string> RestrictedAreas);

/// <summary>One assessment criterion.</summary>
/// <param name="Code">A short code.</param>
/// <param name="Name">What assessors judge.</param>
/// <param name="Weight">The criterion's weight; weights need not add up to 100.</param>
/// <param name="MaxScore">The highest score an assessor may give.</param>
public sealed record Criterion(string Code, string Name, int Weight, int MaxScore);

/// <summary>The kind of organisation applying.</summary>
public enum OrganisationType
{
    /// <summary>A registered or unregistered voluntary organisation.</summary>
    Voluntary,

    /// <summary>A community group.</summary>
    Community,

    /// <summary>A faith group.</summary>
    Faith,

    /// <summary>A social enterprise such as a community interest company.</summary>
    SocialEnterprise,

    /// <summary>A statutory body such as a council.</summary>
    Statutory,

    /// <summary>A company that distributes profit.</summary>
    PrivateCompany,
}
