using System.Globalization;
using Oversight.Domain.Performance.Spc;
using Oversight.Domain.Plan;
using Oversight.Domain.Reporting;

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

    /// <summary>
    /// A figure as a publication writes it, the exact value being in the figures annex: money from £10,000 rounded
    /// down ("over £1.5 million", "over £183,000", "£355,000"), whole pounds without pence ("£13"), counts from a
    /// million rounded down ("over 1.2 million"), everything else as the figure prints it ("537", "22%", "£249.28").
    /// "Over" only where rounding took something off, so a round figure is never said to be more than it is.
    /// </summary>
    public static string Written(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var value = figure.Value;
        return figure.Format switch
        {
            FigureFormat.Money when value >= 1_000_000m => Rounded(value, 100_000m, v => "£" + (v / 1_000_000m).ToString("0.#", Culture) + " million"),
            FigureFormat.Money when value >= 10_000m => Rounded(value, 1_000m, v => v.ToString("C0", Culture)),
            FigureFormat.Money when value == decimal.Truncate(value) => value.ToString("C0", Culture),
            FigureFormat.Count when value >= 1_000_000m => Rounded(value, 100_000m, v => (v / 1_000_000m).ToString("0.#", Culture) + " million"),
            _ => figure.Text,
        };
    }

    private static string Rounded(decimal value, decimal step, Func<decimal, string> write)
    {
        var down = decimal.Floor(value / step) * step;
        return (down == value ? "" : "over ") + write(down);
    }

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

    /// A stored period label as people write it in a sentence or a table, the month in full: "2026-11" →
    /// "November 2026", "2024-25 Q3" → "2024/25 Q3", "2024-25" → "2024/25". Chart axes use the shorter
    /// <see cref="Period"/>.
    public static string PeriodInFull(string period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return DateOnly.TryParseExact(period.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            ? month.ToString("MMMM yyyy", Culture)
            : Period(period);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(\d{4})-(\d{2})( Q[1-4])?$")]
    private static partial System.Text.RegularExpressions.Regex FinancialYearLabel();
}
