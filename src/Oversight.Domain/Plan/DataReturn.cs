using Oversight.Domain.Calendar;
using Oversight.Domain.Performance.Periods;

namespace Oversight.Domain.Plan;

/// <summary>
/// When a dataset's owner sends its values: one return per period of <paramref name="Frequency"/>, due a number of
/// days after the period ends. A return carries every value of the dataset's measures whose period ends with the
/// return's, so a monthly return for March also brings the quarter's and the financial year's values.
/// </summary>
/// <param name="Frequency">How often a return is sent; no measure of the dataset may be more frequent.</param>
/// <param name="Due">How long after the period ends the return is due.</param>
/// <param name="RemindWorkingDaysBefore">How many working days before the due day the owner is reminded.</param>
public sealed record DataReturn(MeasureFrequency Frequency, DueRule Due, int RemindWorkingDaysBefore = 5)
{
    /// <summary>The day the return (or a measure's value) for a period ending on <paramref name="periodEnd"/> is due.</summary>
    public DateOnly DueOn(DateOnly periodEnd) => Due.After(periodEnd);

    /// <summary>The day the owner is reminded of a return due on <paramref name="dueOn"/>.</summary>
    public DateOnly RemindOn(DateOnly dueOn) => WorkingDays.Subtract(dueOn, RemindWorkingDaysBefore);

    /// <summary>
    /// The latest period of a measure of <paramref name="frequency"/> whose value was due before
    /// <paramref name="today"/>: a measure whose latest value is older than this is late.
    /// </summary>
    public ReportingPeriod Expected(MeasureFrequency frequency, DateOnly today)
    {
        var period = ReportingPeriod.Containing(today, frequency);
        while (DueOn(period.End) >= today)
        {
            period = period.Previous();
        }

        return period;
    }
}

/// <summary>How long after a period ends its values are due: exactly one of working days or calendar days.</summary>
/// <param name="WorkingDays">Working days (Monday to Friday, not bank holidays in England and Wales) after the period ends.</param>
/// <param name="Days">Calendar days after the period ends.</param>
public sealed record DueRule(int? WorkingDays = null, int? Days = null)
{
    /// <summary>The due day for a period ending on <paramref name="periodEnd"/>.</summary>
    public DateOnly After(DateOnly periodEnd) =>
        WorkingDays is int working ? Calendar.WorkingDays.Add(periodEnd, working) : periodEnd.AddDays(Days ?? 0);

    /// <inheritdoc />
    public override string ToString() => WorkingDays is int w ? $"{w} working days after the period ends" : $"{Days} days after the period ends";
}
