using Oversight.Domain.Performance;

namespace Oversight.Domain.Plan;

/// <summary>A performance measure: what is counted, how often, which way is better and where the data comes from.</summary>
/// <param name="Id">Stable identifier, unique across the plan.</param>
/// <param name="Name">Name as published in the performance framework.</param>
/// <param name="Description">What the figure means, in a line.</param>
/// <param name="Unit">What one value is, for example a count or a rate per 1,000 people.</param>
/// <param name="Frequency">How often a new value arrives.</param>
/// <param name="Improvement">Which way the measure moves when things get better.</param>
/// <param name="Source">Where the values come from.</param>
/// <param name="Owner">Identifier of the organisation that owns the data.</param>
/// <param name="Target">What the measure is expected to reach, if the plan or a published commitment gives it.</param>
public sealed record Measure(
    string Id,
    string Name,
    string Description,
    MeasureUnit Unit,
    MeasureFrequency Frequency,
    ImprovementDirection Improvement,
    MeasureSource Source,
    string Owner,
    MeasureTarget? Target = null);
