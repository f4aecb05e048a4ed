using System.Globalization;
using Oversight.Core.Documents;
using Oversight.Domain.Performance.Comparisons;
using Oversight.Domain.Performance.Spc;
using Oversight.Domain.Plan;

namespace Oversight.Web.Performance;

/// Words for judgements and values, shared by the matrix, the measure page and the CSV.
public static class JudgementText
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    public static string Variation(SpcVariation? variation) => ReportWords.Variation(variation);

    public static string Assurance(SpcAssurance? assurance) => ReportWords.Assurance(assurance);

    public static string Cause(SpecialCause cause) => cause switch
    {
        SpecialCause.Improvement => "Improvement",
        SpecialCause.Concern => "Concern",
        SpecialCause.Neither => "Neither",
        _ => "None",
    };

    public static string Rules(SpcRules rules) => string.Join(", ", SpcNames.Of(rules).Select(r => r.Replace('_', ' ')));

    public static string Value(MeasureUnit unit, double value) => ReportWords.Value(unit, value);

    /// A number for a table: a whole number as one (a count of 1,225, not 1,225.00); limits and means, which are not
    /// whole even for counts, to two places.
    public static string Number(double? value) => value switch
    {
        null => "–",
        double v when v == Math.Round(v) => v.ToString("N0", Culture),
        double v => v.ToString("N2", Culture),
    };

    /// A period as people write it: "Mar 2025" for the month stored as 2025-03, "2024/25 Q3" and "2024/25" for a
    /// quarter and a financial year stored as 2024-25 Q3 and 2024-25; anything else as it is.
    public static string Period(string period) => ReportWords.Period(period);

    public static string PeriodInFull(string period) => ReportWords.PeriodInFull(period);

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
