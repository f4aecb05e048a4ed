using System.Globalization;
using Oversight.Domain.Performance.Comparisons;
using Oversight.Domain.Performance.Spc;
using Oversight.Domain.Plan;

namespace Oversight.Web.Pages.Performance;

/// Words for judgements and values, shared by the matrix, the measure page and the CSV.
public static class JudgementText
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    public static string Variation(SpcVariation? variation) => variation switch
    {
        null => "Not enough data to judge",
        SpcVariation.CommonCause => "Common cause – no significant change",
        SpcVariation.ImprovementHigh => "Special cause – improvement (high)",
        SpcVariation.ImprovementLow => "Special cause – improvement (low)",
        SpcVariation.ConcernHigh => "Special cause – concern (high)",
        SpcVariation.ConcernLow => "Special cause – concern (low)",
        SpcVariation.NeitherHigh => "Special cause – neither improvement nor concern (high)",
        _ => "Special cause – neither improvement nor concern (low)",
    };

    public static string Assurance(SpcAssurance? assurance) => assurance switch
    {
        null => "No target set",
        SpcAssurance.ConsistentlyPass => "Consistently meets the target",
        SpcAssurance.ConsistentlyFail => "Consistently misses the target",
        _ => "Hit and miss – sometimes meets the target",
    };

    public static string Cause(SpecialCause cause) => cause switch
    {
        SpecialCause.Improvement => "Improvement",
        SpecialCause.Concern => "Concern",
        SpecialCause.Neither => "Neither",
        _ => "None",
    };

    public static string Rules(SpcRules rules) => string.Join(", ", SpcNames.Of(rules).Select(r => r.Replace('_', ' ')));

    public static string Value(MeasureUnit unit, double value) => unit switch
    {
        MeasureUnit.Count => value.ToString("N0", Culture),
        MeasureUnit.Percentage => value.ToString("N1", Culture) + "%",
        MeasureUnit.Minutes => value.ToString("N1", Culture) + " minutes",
        MeasureUnit.Days => value.ToString("N1", Culture) + " days",
        MeasureUnit.Score => value.ToString("N1", Culture),
        _ => value.ToString("N2", Culture),
    };

    /// A number for a table or axis: limits and means are not whole even for counts.
    public static string Number(double? value) => value?.ToString("N2", Culture) ?? "–";

    public static string Change(MeasureUnit unit, PeriodComparison? change)
    {
        if (change is null)
        {
            return "Not available";
        }

        var direction = change.Change > 0 ? "Up" : change.Change < 0 ? "Down" : "No change";
        var size = change.PercentChange is double p ? Math.Abs(p).ToString("N1", Culture) + "%" : Value(unit, Math.Abs(change.Change));
        return change.Change == 0 ? direction : $"{direction} {size}";
    }

    public static string Date(DateTimeOffset at) => at.ToString("d MMM yyyy HH:mm", Culture);

    /// A day in full, as GOV.UK writes dates: "31 March 2025".
    public static string Day(DateOnly day) => day.ToString("d MMMM yyyy", Culture);
}
