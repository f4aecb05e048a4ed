using System.Globalization;
using Oversight.Domain;
using Oversight.Web.Forms;

namespace Oversight.Web.Pages.Justice.Referrals;

/// Reads the numbers and UK dates and times that the referral forms share, adding GOV.UK errors as it goes.
public abstract class ReferralFormModel : FormPageModel
{
    protected int? Number(string field, string? value, string message, bool required)
    {
        if (string.IsNullOrWhiteSpace(value) && !required)
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.None | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        ModelState.AddModelError(field, message);
        return null;
    }

    protected DateTimeOffset? Instant(string field, DateParts day, string? time, string what, bool required)
    {
        var blank = string.IsNullOrWhiteSpace(day.Day) && string.IsNullOrWhiteSpace(day.Month) && string.IsNullOrWhiteSpace(day.Year);
        if (blank && !required)
        {
            return null;
        }

        if (!day.TryRead(what, out var date, out var error))
        {
            ModelState.AddModelError(field, error!);
            return null;
        }

        if (!TimeOnly.TryParseExact(time?.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var clock))
        {
            ModelState.AddModelError(field.Replace("On", "Time", StringComparison.Ordinal), "Enter the time as hours and minutes, like 14:30");
            return null;
        }

        return UkTime.ToInstant(date, clock);
    }
}
