using System.Globalization;

namespace Oversight.Web.Forms;

/// The month and year boxes of a GOV.UK date input without a day, as typed.
public sealed record MonthParts(string? Month, string? Year)
{
    public static MonthParts From(DateOnly month) =>
        new(month.Month.ToString(CultureInfo.InvariantCulture), month.Year.ToString(CultureInfo.InvariantCulture));

    /// Reads the first day of the month; on failure says what is wrong in the GOV.UK date input's words, where
    /// <paramref name="what"/> names the month in lower case ("the first month").
    public bool TryRead(string what, out DateOnly month, out string? error)
    {
        ArgumentNullException.ThrowIfNull(what);
        month = default;
        var subject = char.ToUpperInvariant(what[0]) + what[1..];
        error = (string.IsNullOrWhiteSpace(Month), string.IsNullOrWhiteSpace(Year)) switch
        {
            (true, true) => $"Enter {what}",
            (true, false) => $"{subject} must include a month",
            (false, true) => $"{subject} must include a year",
            _ => null,
        };
        if (error is not null)
        {
            return false;
        }

        const NumberStyles digits = NumberStyles.None | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;
        if (Year!.Trim().Length != 4)
        {
            error = "Year must include 4 numbers";
            return false;
        }

        if (!int.TryParse(Month, digits, CultureInfo.InvariantCulture, out var m) || m is < 1 or > 12
            || !int.TryParse(Year, digits, CultureInfo.InvariantCulture, out var y) || y < 1)
        {
            error = $"{subject} must be a real month";
            return false;
        }

        month = new DateOnly(y, m, 1);
        return true;
    }
}
