namespace Oversight.Domain.Performance.National;

/// <summary>A territorial police force of England and Wales, as reference data for comparisons.</summary>
/// <param name="Id">The data.police.uk id, which is also the force part of its bulk file names.</param>
/// <param name="Name">The force's name.</param>
/// <param name="PfaCode">The ONS police force area code, for example E23000010.</param>
/// <param name="Population">Residents of the police force area, the denominator of its rates.</param>
/// <param name="PopulationYear">The year the population describes.</param>
/// <param name="PopulationSource">Where the population comes from, shown beside every rate.</param>
public sealed record PoliceForce(string Id, string Name, string PfaCode, int Population, int PopulationYear, string PopulationSource);

/// <summary>
/// The forces a force is compared with. The Home Office's most similar groups (MSGs) are used where one has been
/// found and cited; otherwise a fallback group with its method written down, and <see cref="Official"/> false so
/// every page says it is not the Home Office MSG.
/// </summary>
/// <param name="Name">What the group is called on pages, for example "Metropolitan county forces".</param>
/// <param name="Official">True only for a published Home Office most similar group.</param>
/// <param name="Method">How the members were chosen.</param>
/// <param name="Source">Where the membership or its method is published.</param>
/// <param name="Forces">The members' police.uk ids, not including the force itself.</param>
public sealed record ComparisonGroup(string Name, bool Official, string Method, string Source, IReadOnlyList<string> Forces);
