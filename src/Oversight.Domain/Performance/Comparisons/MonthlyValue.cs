namespace Oversight.Domain.Performance.Comparisons;

/// <summary>A measure's value (usually a count) for one calendar month.</summary>
/// <param name="Month">Any day in the month; only the year and month are used.</param>
/// <param name="Value">The value for that month.</param>
public readonly record struct MonthlyValue(DateOnly Month, double Value);
