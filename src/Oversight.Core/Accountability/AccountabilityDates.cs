using Oversight.Domain.Performance.Periods;
using Oversight.Domain.Plan;

namespace Oversight.Core.Accountability;

public static class AccountabilityDates
{
    /// Today's date in the UK, where the office works.
    public static DateOnly Today(TimeProvider clock)
    {
        return Performance.UkCalendar.Today(clock);
    }

    /// A financial year written "2024-25", or null when the text is not one.
    public static ReportingPeriod? FinancialYear(string? text) =>
        ReportingPeriodParser.TryParse(text, MeasureFrequency.Annual, out var period, out _) ? period : null;
}
