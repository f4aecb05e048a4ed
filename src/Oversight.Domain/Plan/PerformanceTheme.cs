namespace Oversight.Domain.Plan;

/// <summary>One of the plan's performance themes and the measures judged under it.</summary>
/// <param name="Id">Stable identifier.</param>
/// <param name="Number">Position in the performance framework.</param>
/// <param name="Title">Title as published, for example "Serious Violence".</param>
/// <param name="Summary">The office's current reading of the theme.</param>
/// <param name="Measures">The measures judged under this theme.</param>
public sealed record PerformanceTheme(string Id, int Number, string Title, string Summary, IReadOnlyList<Measure> Measures);
