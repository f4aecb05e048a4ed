using System.Globalization;

namespace Oversight.Domain;

/// <summary>
/// UK public-sector financial years, 1 April to 31 March, known by the calendar year they start in. Data and files
/// write them "2024-25"; pages and reports for people write them "2024/25".
/// </summary>
public static class FinancialYear
{
    /// <summary>The calendar year in which the financial year containing <paramref name="day"/> starts.</summary>
    public static int StartYearOf(DateOnly day) => day.Month >= 4 ? day.Year : day.Year - 1;

    /// <summary>The name ("2024-25") of the financial year a day falls in.</summary>
    public static string Of(DateOnly day) => Name(StartYearOf(day));

    /// <summary>The start year asked for (a page's <c>?year=</c>) when it is a plausible one, otherwise the current
    /// financial year's in UK time.</summary>
    public static int Resolve(int? asked, TimeProvider clock) =>
        asked is >= 2000 and <= 2100 ? asked.Value : StartYearOf(UkTime.Today(clock));

    /// <summary>The year asked for when it is a plausible one, otherwise the latest of the years with data (newest
    /// first), otherwise the current one: a year page opens on figures rather than an empty year.</summary>
    public static int Resolve(int? asked, IReadOnlyList<int> withData, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(withData);
        return asked is null && withData.Count > 0 ? withData.Max() : Resolve(asked, clock);
    }

    /// <summary>The start years of every financial year from the one holding <paramref name="first"/> to the one
    /// holding <paramref name="last"/>, newest first; none when there is no first day.</summary>
    public static IReadOnlyList<int> Spanning(DateOnly? first, DateOnly? last)
    {
        if (first is not { } from || last is not { } to)
        {
            return [];
        }

        var (a, b) = (StartYearOf(from), StartYearOf(to));
        return Enumerable.Range(Math.Min(a, b), Math.Abs(b - a) + 1).Reverse().ToList();
    }

    /// <summary>The name of the financial year that starts in April of the given year, "2024-25".</summary>
    public static string Name(int startYear) =>
        string.Create(CultureInfo.InvariantCulture, $"{startYear:D4}-{(startYear + 1) % 100:D2}");

    /// <summary>The financial year as pages and reports show it to people, "2024/25".</summary>
    public static string Label(int startYear) =>
        string.Create(CultureInfo.InvariantCulture, $"{startYear}/{(startYear + 1) % 100:D2}");

    /// <summary>1 April of the start year.</summary>
    public static DateOnly Start(int startYear) => new(startYear, 4, 1);

    /// <summary>31 March of the year after the start year.</summary>
    public static DateOnly End(int startYear) => new(startYear + 1, 3, 31);

    /// <summary>From UK midnight at the start of 1 April of the start year up to, not including, the next one: the
    /// year's bounds for records stamped with an instant.</summary>
    public static (DateTimeOffset From, DateTimeOffset To) Instants(int startYear) =>
        (UkTime.ToInstant(Start(startYear), TimeOnly.MinValue), UkTime.ToInstant(Start(startYear + 1), TimeOnly.MinValue));

    /// <summary>The first and last days of a year written exactly "2024-25", or null if it is not written so.</summary>
    public static (DateOnly Start, DateOnly End)? Parse(string? text)
    {
        if (text is not { Length: 7 } || text[4] != '-'
            || !int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || start < 1000 || Name(start) != text)
        {
            return null;
        }

        return (Start(start), End(start));
    }
}
