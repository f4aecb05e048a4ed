namespace Oversight.Domain.Casework;

/// <summary>Whether an application for a review was made in time.</summary>
public enum Timeliness
{
    /// <summary>Made within the 28 days.</summary>
    InTime,

    /// <summary>Made after the 28 days, and no extension was granted.</summary>
    OutOfTime,

    /// <summary>Made after the 28 days, but the review body extended the limit because of special circumstances.</summary>
    ExtendedAndInTime,
}

/// <summary>
/// The time limit for applying for a review of a complaint outcome (Police (Complaints and Misconduct) Regulations
/// 2020 reg 29): 28 days, starting the day after the complainant was given the outcome and told of the right to a
/// review. The clock stops while an application sent to the wrong review body is forwarded, and the review body may
/// extend the limit where special circumstances make it just.
/// </summary>
public static class ReviewTimeLimit
{
    /// <summary>The number of days allowed.</summary>
    public const int Days = 28;

    /// <summary>The last day an application is in time: day 28 counting from the day after the outcome was given,
    /// pushed back by any days spent forwarding it between review bodies. Another scheme with a different limit
    /// (an ASB case review appeal) passes its own <paramref name="days"/>.</summary>
    public static DateOnly LastDay(DateOnly outcomeGiven, int daysForwarding = 0, int days = Days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(daysForwarding);
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        return outcomeGiven.AddDays(days + daysForwarding);
    }

    /// <summary>Judges an application received on a day, with any extension the review body granted.</summary>
    public static Timeliness Assess(DateOnly outcomeGiven, DateOnly received, int daysForwarding = 0, DateOnly? extendedTo = null, int days = Days)
    {
        if (received <= LastDay(outcomeGiven, daysForwarding, days))
        {
            return Timeliness.InTime;
        }

        return extendedTo is { } extension && received <= extension ? Timeliness.ExtendedAndInTime : Timeliness.OutOfTime;
    }
}
