using Oversight.Domain.Performance.Periods;

namespace Oversight.Domain.Plan;

/// <summary>
/// What a measure is expected to reach: a fixed value, or a trajectory from a baseline to a change by a period.
/// Exactly one of <paramref name="Value"/> and <paramref name="Trajectory"/> is given.
/// </summary>
/// <param name="Source">Where the target comes from: the plan, a strategy or a published commitment, with its address.</param>
/// <param name="Rationale">Why this target, and any choice made in turning the commitment into a number.</param>
/// <param name="Value">A fixed target, the same for every period.</param>
/// <param name="Trajectory">A target that moves period by period from a baseline.</param>
public sealed record MeasureTarget(string Source, string Rationale, double? Value = null, TargetTrajectory? Trajectory = null)
{
    /// <summary>
    /// The target for the period starting on <paramref name="periodStart"/> of a measure of the given frequency:
    /// the fixed value, or the trajectory's value for that period worked out from the series' own baseline.
    /// Null when a trajectory's baseline has no values in the series to start from.
    /// </summary>
    public double? For(DateOnly periodStart, MeasureFrequency frequency, IEnumerable<(DateOnly Start, double Value)> series)
    {
        if (Value is double fixedValue)
        {
            return fixedValue;
        }

        return Trajectory?.For(ReportingPeriod.Containing(periodStart, frequency).End, series);
    }
}

/// <summary>
/// A target that moves in a straight line from a baseline to a percentage change by a period, for example 5% below the
/// 2023-24 baseline by 2027-28 Q4. Before the baseline ends the target is the baseline; after the due period it stays
/// at the final value.
/// </summary>
/// <param name="Baseline">The period (or first period) of the baseline: "2024-03", "2023-24 Q4" or "2023-24".</param>
/// <param name="ChangePercent">The change from the baseline to reach, in per cent: -50 halves it, 10 adds a tenth.</param>
/// <param name="By">The period by whose end the change is due, such as "2028-03" or "2027-28".</param>
/// <param name="BaselineTo">The last period of the baseline when it spans several, such as "2023-12" for the calendar year 2023; null for the same as <paramref name="Baseline"/>.</param>
/// <param name="BaselineValue">The baseline's value when the commitment states it; null for the mean of the series' values whose periods start within the baseline.</param>
public sealed record TargetTrajectory(string Baseline, double ChangePercent, string By, string? BaselineTo = null, double? BaselineValue = null)
{
    /// <summary>The trajectory's value at the end of a period, or null when the baseline has no values to start from.</summary>
    public double? For(DateOnly periodEnd, IEnumerable<(DateOnly Start, double Value)> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var from = Period(Baseline);
        var to = Period(BaselineTo ?? Baseline);
        var by = Period(By);
        double baseline;
        if (BaselineValue is double stated)
        {
            baseline = stated;
        }
        else
        {
            var values = series.Where(s => s.Start >= from.Start && s.Start <= to.End).Select(s => s.Value).ToList();
            if (values.Count == 0)
            {
                return null;
            }

            baseline = values.Average();
        }

        var final = baseline * (1 + (ChangePercent / 100));
        var span = by.End.DayNumber - to.End.DayNumber;
        var share = Math.Clamp((periodEnd.DayNumber - to.End.DayNumber) / (double)span, 0, 1);
        return baseline + ((final - baseline) * share);
    }

    /// <summary>Reads a period written as a month, a financial quarter or a financial year; null when it is none of them.</summary>
    public static ReportingPeriod? TryPeriod(string? text)
    {
        foreach (var frequency in (MeasureFrequency[])[MeasureFrequency.Monthly, MeasureFrequency.Quarterly, MeasureFrequency.Annual])
        {
            if (ReportingPeriodParser.TryParse(text, frequency, out var period, out _))
            {
                return period;
            }
        }

        return null;
    }

    private static ReportingPeriod Period(string text) =>
        TryPeriod(text) ?? throw new FormatException($"\"{text}\" is not a month (2024-03), quarter (2023-24 Q4) or financial year (2023-24)");
}
