namespace Oversight.Domain.Performance.Comparisons;

/// <summary>A total for a recent period set against the same kind of total for an earlier period.</summary>
/// <param name="Current">Total for the recent period.</param>
/// <param name="Previous">Total for the earlier period.</param>
/// <param name="Change">Current minus previous.</param>
/// <param name="PercentChange">The change as a percentage of the previous total; null when the previous total is zero, as no percentage is meaningful.</param>
public sealed record PeriodComparison(double Current, double Previous, double Change, double? PercentChange)
{
    /// <summary>Compares two totals.</summary>
    public static PeriodComparison Of(double current, double previous) =>
        new(current, previous, current - previous, previous == 0 ? null : (current - previous) / previous * 100);
}
