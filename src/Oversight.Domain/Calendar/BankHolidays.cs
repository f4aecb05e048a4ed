namespace Oversight.Domain.Calendar;

/// <summary>
/// Bank holidays in England and Wales, worked out from the rules (with substitute days when a holiday falls at a
/// weekend) plus the one-off days proclaimed since 2020, so working-day deadlines need no yearly data load.
/// </summary>
public static class BankHolidays
{
    // Proclaimed one-off holidays, and the regular holidays that were moved those years.
    private static readonly DateOnly[] Extra = [new(2022, 6, 3), new(2022, 9, 19), new(2023, 5, 8)];
    private static readonly Dictionary<DateOnly, DateOnly> Moved = new()
    {
        [new(2020, 5, 4)] = new(2020, 5, 8), // VE Day 75
        [new(2022, 5, 30)] = new(2022, 6, 2), // Platinum Jubilee
    };

    /// <summary>The year's bank holidays in England and Wales.</summary>
    public static IReadOnlySet<DateOnly> EnglandAndWales(int year)
    {
        var easter = EasterSunday(year);
        var days = new List<DateOnly>
        {
            Substitute(new DateOnly(year, 1, 1)),
            easter.AddDays(-2),
            easter.AddDays(1),
            FirstMonday(year, 5),
            LastMonday(year, 5),
            LastMonday(year, 8),
        };
        days.AddRange(Christmas(year));
        var holidays = days.Select(d => Moved.GetValueOrDefault(d, d)).ToHashSet();
        holidays.UnionWith(Extra.Where(d => d.Year == year));
        return holidays;
    }

    /// <summary>Whether a day is a weekend or a bank holiday.</summary>
    public static bool IsNonWorkingDay(DateOnly day) =>
        day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || EnglandAndWales(day.Year).Contains(day);

    /// <summary>Easter Sunday by the anonymous Gregorian algorithm.</summary>
    public static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = ((19 * a) + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451, month = (h + l - (7 * m) + 114) / 31, day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static IEnumerable<DateOnly> Christmas(int year)
    {
        var christmas = new DateOnly(year, 12, 25);
        return christmas.DayOfWeek switch
        {
            DayOfWeek.Friday => [christmas, new DateOnly(year, 12, 28)],
            DayOfWeek.Saturday => [new DateOnly(year, 12, 27), new DateOnly(year, 12, 28)],
            DayOfWeek.Sunday => [new DateOnly(year, 12, 27), new DateOnly(year, 12, 26)],
            _ => [christmas, christmas.AddDays(1)],
        };
    }

    private static DateOnly Substitute(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Saturday => day.AddDays(2),
        DayOfWeek.Sunday => day.AddDays(1),
        _ => day,
    };

    private static DateOnly FirstMonday(int year, int month)
    {
        var day = new DateOnly(year, month, 1);
        return day.AddDays(((int)DayOfWeek.Monday - (int)day.DayOfWeek + 7) % 7);
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var day = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return day.AddDays(-(((int)day.DayOfWeek - (int)DayOfWeek.Monday + 7) % 7));
    }
}
