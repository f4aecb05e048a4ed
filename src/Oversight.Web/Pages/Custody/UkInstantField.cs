using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Oversight.Domain;
using Oversight.Web.Forms;

namespace Oversight.Web.Pages.Custody;

/// Reads a UK date (day, month, year) and a time (like 23:15) into an instant, adding GOV.UK errors when it cannot.
public static class UkInstantField
{
    public static DateTimeOffset? Read(ModelStateDictionary state, string dateField, string timeField, DateParts day, string? time, string what, bool required)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(day);
        var blank = string.IsNullOrWhiteSpace(day.Day) && string.IsNullOrWhiteSpace(day.Month) && string.IsNullOrWhiteSpace(day.Year) && string.IsNullOrWhiteSpace(time);
        if (blank && !required)
        {
            return null;
        }

        if (!day.TryRead(what, out var date, out var error))
        {
            state.AddModelError(dateField, error!);
            return null;
        }

        if (!TimeOnly.TryParseExact(time?.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var clock))
        {
            state.AddModelError(timeField, $"Enter the time of {what.Replace("the date of ", "", StringComparison.Ordinal)} as hours and minutes on the 24-hour clock, like 23:15");
            return null;
        }

        return UkTime.ToInstant(date, clock);
    }
}
