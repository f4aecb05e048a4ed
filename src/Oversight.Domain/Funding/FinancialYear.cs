using System.Globalization;

namespace Oversight.Domain.Funding;

/// <summary>UK public-sector financial years, 1 April to 31 March, written "2024-25".</summary>
public static class FinancialYear
{
    /// <summary>The financial year a day falls in.</summary>
    public static string Of(DateOnly day) => Name(day.Month >= 4 ? day.Year : day.Year - 1);

    /// <summary>The name of the financial year that starts in April of the given year.</summary>
    public static string Name(int startYear) =>
        string.Create(CultureInfo.InvariantCulture, $"{startYear}-{(startYear + 1) % 100:00}");

    /// <summary>The first and last days of a year written "2024-25", or null if it is not written so.</summary>
    public static (DateOnly Start, DateOnly End)? Parse(string? text)
    {
        if (text is not { Length: 7 } || text[4] != '-'
            || !int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || Name(start) != text)
        {
            return null;
        }

        return (new DateOnly(start, 4, 1), new DateOnly(start + 1, 3, 31));
    }
}
