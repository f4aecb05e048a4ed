using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using Oversight.Domain.Plan;

namespace Oversight.Domain.Performance.Periods;

/// <summary>
/// Reads periods as people type them; the one parse for months, quarters and financial years wherever they are typed
/// (pages, uploads, configuration). Months are "2024-05". Quarters are "2024-25 Q3", also accepted as "2024-25Q3",
/// "2024/25 Q3", "Q3 2024-25" or "Q3 2024" (the quarter of the financial year starting in April 2024, as "Q3 2024"
/// is said in police and government returns). Financial years are "2024-25", also accepted as "2024/25".
/// </summary>
public static partial class ReportingPeriodParser
{
    // Years outside this range are typing mistakes, and DateOnly cannot hold year 0.
    private const int EarliestYear = 1900;
    private const int LatestYear = 2999;

    /// <summary>How a period of the given frequency is written, for hints and error messages.</summary>
    public static string Example(MeasureFrequency frequency) => frequency switch
    {
        MeasureFrequency.Monthly => "2024-05",
        MeasureFrequency.Quarterly => "2024-25 Q3",
        _ => "2024-25",
    };

    /// <summary>Reads a period of the given frequency, or throws <see cref="FormatException"/> saying what is wrong.</summary>
    public static ReportingPeriod Parse(string? text, MeasureFrequency frequency) =>
        TryParse(text, frequency, out var period, out var error) ? period : throw new FormatException(error);

    /// <summary>A financial year as people type it ("2024-25" or "2024/25"), or null when the text is not one.</summary>
    public static ReportingPeriod? FinancialYear(string? text) =>
        TryParse(text, MeasureFrequency.Annual, out var period, out _) ? period : null;

    /// <summary>
    /// Reads a period of the given frequency. On failure <paramref name="error"/> says what to enter instead,
    /// in GOV.UK error-message style ("Enter a period like 2024-25 Q3").
    /// </summary>
    public static bool TryParse(
        string? text, MeasureFrequency frequency, [NotNullWhen(true)] out ReportingPeriod? period, [NotNullWhen(false)] out string? error)
    {
        period = null;
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            error = "Enter a period";
            return false;
        }

        error = frequency switch
        {
            MeasureFrequency.Monthly => ParseMonth(trimmed, out period),
            MeasureFrequency.Quarterly => ParseQuarter(trimmed, out period),
            _ => ParseFinancialYear(trimmed, out period),
        };
        return error is null;
    }

    private static string? ParseMonth(string text, out ReportingPeriod? period)
    {
        period = null;
        var match = MonthPattern().Match(text);
        if (!match.Success || !TryYear(match.Groups["year"].Value, out var year))
        {
            return "Enter a period like 2024-05";
        }

        var month = Number(match.Groups["month"].Value);
        if (month is < 1 or > 12)
        {
            return "Enter a month from 01 to 12, like 2024-05";
        }

        period = ReportingPeriod.Month(year, month);
        return null;
    }

    private static string? ParseQuarter(string text, out ReportingPeriod? period)
    {
        period = null;
        var match = QuarterPattern().Match(text);
        if (!match.Success || !TryYear(match.Groups["year"].Value, out var year))
        {
            return "Enter a period like 2024-25 Q3";
        }

        if (match.Groups["next"].Success && !FollowsOn(year, match.Groups["next"].Value))
        {
            return "Enter a financial year as two years in a row, like 2024-25 Q3";
        }

        var quarter = Number(match.Groups["quarter"].Value);
        if (quarter is < 1 or > 4)
        {
            return "Enter a quarter from Q1 to Q4, like 2024-25 Q3";
        }

        period = ReportingPeriod.Quarter(year, quarter);
        return null;
    }

    private static string? ParseFinancialYear(string text, out ReportingPeriod? period)
    {
        period = null;
        var match = FinancialYearPattern().Match(text);
        if (!match.Success || !TryYear(match.Groups["year"].Value, out var year))
        {
            return "Enter a period like 2024-25";
        }

        if (!FollowsOn(year, match.Groups["next"].Value))
        {
            return "Enter a financial year as two years in a row, like 2024-25";
        }

        period = ReportingPeriod.FinancialYear(year);
        return null;
    }

    private static bool TryYear(string digits, out int year)
    {
        year = Number(digits);
        return year is >= EarliestYear and <= LatestYear;
    }

    private static bool FollowsOn(int year, string nextTwoDigits) => (year + 1) % 100 == Number(nextTwoDigits);

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<year>\d{4})-(?<month>\d{2})$")]
    private static partial Regex MonthPattern();

    [GeneratedRegex(@"^(?:(?<year>\d{4})\s*[-/]\s*(?<next>\d{2})\s*[Qq](?<quarter>\d)|[Qq](?<quarter>\d)\s+(?<year>\d{4})(?:\s*[-/]\s*(?<next>\d{2}))?)$")]
    private static partial Regex QuarterPattern();

    [GeneratedRegex(@"^(?<year>\d{4})\s*[-/]\s*(?<next>\d{2})$")]
    private static partial Regex FinancialYearPattern();
}
