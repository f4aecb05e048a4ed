namespace Oversight.Domain.Calendar;

/// <summary>Deadlines counted in working days (not weekends, not bank holidays in England and Wales).</summary>
public static class WorkingDays
{
    /// <summary>The day that is <paramref name="days"/> working days after <paramref name="start"/>; the start day itself is not counted.</summary>
    public static DateOnly Add(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var day = start;
        while (days > 0)
        {
            day = day.AddDays(1);
            if (!BankHolidays.IsNonWorkingDay(day))
            {
                days--;
            }
        }

        return day;
    }

    /// <summary>The working day <paramref name="days"/> working days before <paramref name="end"/>.</summary>
    public static DateOnly Subtract(DateOnly end, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var day = end;
        while (days > 0)
        {
            day = day.AddDays(-1);
            if (!BankHolidays.IsNonWorkingDay(day))
            {
                days--;
            }
        }

        return day;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    public static int Between(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (!BankHolidays.IsNonWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }
}
