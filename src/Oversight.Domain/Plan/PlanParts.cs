namespace Oversight.Domain.Plan;

/// <summary>The dates a plan is in force.</summary>
/// <param name="Start">First day of the plan.</param>
/// <param name="End">Last day of the plan.</param>
public sealed record PlanPeriod(DateOnly Start, DateOnly End);

/// <summary>An issue the plan singles out for attention across all priorities.</summary>
/// <param name="Title">Short title, for example "Serious Violence".</param>
/// <param name="Summary">Why it is in the spotlight.</param>
public sealed record Spotlight(string Title, string Summary);

/// <summary>A numbered priority of the plan and what the office is doing about it.</summary>
/// <param name="Id">Stable identifier.</param>
/// <param name="Number">Position in the plan (1, 2, 3…).</param>
/// <param name="Title">Title as published.</param>
/// <param name="Summary">What the priority is about.</param>
/// <param name="Deliverables">The "what are we doing" commitments under the priority.</param>
public sealed record Priority(string Id, int Number, string Title, string Summary, IReadOnlyList<string> Deliverables);

/// <summary>A theme that runs across every priority, such as the safety of women and girls.</summary>
/// <param name="Id">Stable identifier.</param>
/// <param name="Title">Title as published.</param>
/// <param name="Summary">What the theme means for the office's work.</param>
public sealed record CrossCuttingTheme(string Id, string Title, string Summary);

/// <summary>An organisation the office works with or holds to account.</summary>
/// <param name="Id">Stable identifier, for example "west-yorkshire-police".</param>
/// <param name="Name">Full name.</param>
/// <param name="Kind">What sort of body it is; decides which roles its users may hold.</param>
public sealed record OrganisationDefinition(string Id, string Name, OrganisationKind Kind);
