namespace Oversight.Domain.Performance.Spc;

/// <summary>One value of a measure for one period, as it goes into a chart.</summary>
/// <param name="Period">The period's label: an ISO date (2024-04-01 or 2024-04), a number, or any text.</param>
/// <param name="Value">The measure's value for that period.</param>
public readonly record struct SpcObservation(string Period, double Value);
