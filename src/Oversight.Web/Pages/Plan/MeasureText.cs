using Oversight.Domain.Performance;
using Oversight.Domain.Plan;
using Oversight.Web.Performance;

namespace Oversight.Web.Pages.Plan;

/// Plain-English words for measure attributes, shared by every page that describes a measure.
public static class MeasureText
{
    public static string Frequency(MeasureFrequency frequency) => frequency switch
    {
        MeasureFrequency.Monthly => "Monthly",
        MeasureFrequency.Quarterly => "Quarterly",
        _ => "Yearly",
    };

    public static string Improvement(ImprovementDirection direction) => direction switch
    {
        ImprovementDirection.Increase => "Higher",
        ImprovementDirection.Decrease => "Lower",
        _ => "Neither (monitored)",
    };

    public static string Source(MeasureSource source) => source switch
    {
        MeasureSource.PoliceOpenData => "Police open data",
        MeasureSource.Partner => "Partner data",
        _ => "Entered by the office",
    };

    public static string Unit(MeasureUnit unit) => unit switch
    {
        MeasureUnit.Count => "Number",
        MeasureUnit.RatePer1000 => "Rate per 1,000 people",
        MeasureUnit.Percentage => "Percentage",
        MeasureUnit.Minutes => "Minutes",
        MeasureUnit.Days => "Days",
        MeasureUnit.Ratio => "Ratio",
        _ => "Score",
    };

    /// What the target is, in words: "90" for a fixed one, "50% below the 2023-24 baseline by 2033-34" for a trajectory.
    public static string Target(MeasureUnit unit, MeasureTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.Trajectory is not { } t)
        {
            return JudgementText.Value(unit, target.Value ?? 0);
        }

        var change = Math.Abs(t.ChangePercent).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
        var baseline = t.BaselineTo is null ? t.Baseline : $"{t.Baseline} to {t.BaselineTo}";
        var stated = t.BaselineValue is double b ? $" ({JudgementText.Value(unit, b)})" : " (the mean of its values)";
        return $"{change}% {(t.ChangePercent < 0 ? "below" : "above")} the {baseline} baseline{stated} by {t.By}, in a straight line";
    }

    /// How often a dataset's values are sent and when they are due.
    public static string Return(DataReturn rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return $"{Frequency(rule.Frequency)}, due {rule.Due}";
    }
}
