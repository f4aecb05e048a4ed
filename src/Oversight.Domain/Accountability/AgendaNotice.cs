using Oversight.Domain.Calendar;

namespace Oversight.Domain.Accountability;

/// <summary>When a public meeting's agenda and papers are published: a number of clear days before it. A clear day is a whole
/// working day between publication and the meeting: neither the day of publication nor the meeting's day counts, and
/// nor do weekends and bank holidays in England and Wales (as Local Government Act 1972 s100B(3)'s "five clear days"
/// is read). The count is the body's own, five by default.</summary>
public static class AgendaNotice
{
    /// <summary>The latest day the agenda can be published with <paramref name="clearDays"/> clear days before the
    /// meeting; the agenda is public from this day on.</summary>
    public static DateOnly PublishOn(DateOnly meeting, int clearDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(clearDays);
        // N.B. one more working day than the clear days: the publication day itself is not a clear day.
        return WorkingDays.Subtract(meeting, clearDays + 1);
    }
}
