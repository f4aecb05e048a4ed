using System.Globalization;
using Oversight.Domain.Performance.Spc;
using Oversight.Domain.Plan;

namespace Oversight.Core.Documents;

/// Words for judgements and values, shared by the web pages and the exported report documents so both say the same.
public static partial class ReportWords
{
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("en-GB");

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

    public static string Value(MeasureUnit unit, double value) => unit switch
    {
        MeasureUnit.Count => value.ToString("N0", Culture),
        MeasureUnit.Percentage => value.ToString("N1", Culture) + "%",
        MeasureUnit.Minutes => value.ToString("N1", Culture) + " minutes",
        MeasureUnit.Days => value.ToString("N1", Culture) + " days",
        MeasureUnit.Score => value.ToString("N1", Culture),
        _ => value.ToString("N2", Culture),
    };

    /// Text people typed, as its paragraphs: one for each line that is not blank.
    public static IReadOnlyList<string> Paragraphs(string? text) =>
        text is null ? [] : text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string Date(DateTimeOffset at) => at.ToString("d MMMM yyyy", Culture);

    /// A stored period label as people write it: "2025-03" → "Mar 2025", "2024-25 Q3" → "2024/25 Q3",
    /// "2024-25" → "2024/25". Labels of any other shape are returned unchanged.
    public static string Period(string period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var text = period.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return month.ToString("MMM yyyy", Culture);
        }

        var match = FinancialYearLabel().Match(text);
        return match.Success && int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) == (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) + 1) % 100
            ? match.Groups[1].Value + "/" + match.Groups[2].Value + match.Groups[3].Value
            : period;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(\d{4})-(\d{2})( Q[1-4])?$")]
    private static partial System.Text.RegularExpressions.Regex FinancialYearLabel();
}
