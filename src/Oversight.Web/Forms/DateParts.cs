using System.Globalization;

namespace Oversight.Web.Forms;

/// The day, month and year boxes of a GOV.UK date input, as typed.
public sealed class DateParts
{
    public string? Day { get; set; }

    public string? Month { get; set; }

    public string? Year { get; set; }

    public static DateParts From(DateOnly date) => new()
    {
        Day = date.Day.ToString(CultureInfo.InvariantCulture),
        Month = date.Month.ToString(CultureInfo.InvariantCulture),
        Year = date.Year.ToString(CultureInfo.InvariantCulture),
    };

    /// Reads the date; on failure says what is wrong in the GOV.UK date input's words, where
    /// <paramref name="what"/> names the date in lower case ("the date the agreement starts").
    public bool TryRead(string what, out DateOnly date, out string? error)
    {
        ArgumentNullException.ThrowIfNull(what);
        date = default;
        var missing = new[] { ("day", Day), ("month", Month), ("year", Year) }.Where(p => string.IsNullOrWhiteSpace(p.Item2)).ToList();
        var subject = char.ToUpperInvariant(what[0]) + what[1..];
        error = missing.Count switch
        {
            3 => $"Enter {what}",
            2 => $"{subject} must include a {missing[0].Item1} and {missing[1].Item1}",
            1 => $"{subject} must include a {missing[0].Item1}",
            _ => null,
        };
        if (error is not null)
        {
            return false;
        }

        if (Year!.Trim().Length != 4)
        {
            error = "Year must include 4 numbers";
            return false;
        }

        if (!int.TryParse(Day, NumberStyles.None | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(Month, NumberStyles.None | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(Year, NumberStyles.None | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var year)
            || !DateOnly.TryParseExact(
                string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            error = $"{subject} must be a real date";
            return false;
        }

        return true;
    }
}
