namespace Oversight.Domain.Performance.Comparisons;

/// <summary>An area's count of events for one period, with the population it comes from.</summary>
/// <param name="Period">The period's label.</param>
/// <param name="Count">Number of events (crimes, incidents) in the period.</param>
/// <param name="Population">The area's resident population.</param>
public readonly record struct AreaCount(string Period, long Count, double Population);
