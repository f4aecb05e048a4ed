using System.Text.RegularExpressions;

namespace Oversight.Domain.Funding;

/// <summary>
/// Spots text that looks like personal data (e-mail addresses, phone numbers), as the 360Giving quality tool does,
/// so open data never publishes it by accident.
/// </summary>
public static partial class PersonalDataCheck
{
    /// <summary>Whether the text holds something that looks like an e-mail address or a UK phone number.</summary>
    public static bool LooksPersonal(string? text) =>
        text is not null && (Email().IsMatch(text) || Phone().IsMatch(text));

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    [GeneratedRegex(@"(\+44\s?|\b0)(\d[\s-]?){9,10}\b")]
    private static partial Regex Phone();
}
