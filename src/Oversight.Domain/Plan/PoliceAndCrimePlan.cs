namespace Oversight.Domain.Plan;

/// <summary>
/// A Police and Crime Plan as the office configures it: the vision, priorities, cross-cutting themes and the
/// performance themes whose measures the office reports to the Police and Crime Panel.
/// </summary>
/// <param name="Id">Stable identifier of the plan, used in URLs and file names.</param>
/// <param name="Title">Title as published, for example "Police and Crime Plan 2024–28".</param>
/// <param name="Office">The elected local policing body, for example "Mayor of West Yorkshire".</param>
/// <param name="Area">The police force area the plan covers.</param>
/// <param name="Period">The financial years the plan runs for.</param>
/// <param name="Vision">The plan's vision statement.</param>
/// <param name="Spotlight">The issue the plan puts a spotlight on, if any.</param>
/// <param name="Organisations">Organisations the office works with; measure owners refer to these.</param>
/// <param name="Datasets">The datasets the measures' data is shared by.</param>
/// <param name="Priorities">The plan's numbered priorities.</param>
/// <param name="CrossCuttingThemes">Themes that run across every priority.</param>
/// <param name="PerformanceThemes">The themes under which measures are judged and reported.</param>
public sealed record PoliceAndCrimePlan(
    string Id,
    string Title,
    string Office,
    string Area,
    PlanPeriod Period,
    string Vision,
    Spotlight? Spotlight,
    IReadOnlyList<OrganisationDefinition> Organisations,
    IReadOnlyList<Dataset> Datasets,
    IReadOnlyList<Priority> Priorities,
    IReadOnlyList<CrossCuttingTheme> CrossCuttingThemes,
    IReadOnlyList<PerformanceTheme> PerformanceThemes)
{
    /// <summary>What the office prints at the head of its letters; without it, letters carry the office's name only.</summary>
    public Letterhead? Letterhead { get; init; }

    /// <summary>The letterhead as configured, or the office's name alone.</summary>
    public Letterhead LetterheadOrName => Letterhead ?? new Letterhead(Office, []);

    /// <summary>Every measure of every performance theme, in plan order.</summary>
    public IEnumerable<Measure> Measures => PerformanceThemes.SelectMany(t => t.Measures);

    /// <summary>Finds a measure by its identifier, or null when the plan has none by that id.</summary>
    public Measure? FindMeasure(string id) => Measures.FirstOrDefault(m => m.Id == id);

    /// <summary>The dataset a measure belongs to; the validator guarantees there is exactly one.</summary>
    public Dataset DatasetOf(string measureId) => Datasets.First(d => d.Measures.Contains(measureId));
}
