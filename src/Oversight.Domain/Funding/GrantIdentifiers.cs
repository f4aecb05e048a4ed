using System.Text.RegularExpressions;

namespace Oversight.Domain.Funding;

/// <summary>360Giving identifiers: grant ids under the publisher's prefix and org-ids from register numbers.</summary>
public static partial class GrantIdentifiers
{
    /// <summary>A grant id such as 360G-wymca-SCF7-0001: spaces and special characters become "_".</summary>
    public static string GrantId(string prefix, string reference)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        return $"360G-{Clean(prefix)}-{Clean(reference)}";
    }

    /// <summary>
    /// The org-id for a recipient: the charity number (GB-CHC) first, then the company number (GB-COH), else a
    /// 360G id made from the name, as 360Giving advises for unregistered groups.
    /// </summary>
    public static string OrgId(string prefix, string? charityNumber, string? companyNumber, string name)
    {
        if (!string.IsNullOrWhiteSpace(charityNumber))
        {
            return "GB-CHC-" + charityNumber.Trim();
        }

        return !string.IsNullOrWhiteSpace(companyNumber)
            ? "GB-COH-" + companyNumber.Trim().ToUpperInvariant()
            : GrantId(prefix, name);
    }

    /// <summary>An error message if the charity number is not one the Charity Commission (England and Wales) issues.</summary>
    public static string? CharityNumberError(string? value) =>
        string.IsNullOrWhiteSpace(value) || CharityNumber().IsMatch(value.Trim())
            ? null
            : "Enter a charity number of 6 or 7 digits, like 1012345";

    /// <summary>An error message if the company number is not 8 characters as Companies House writes it.</summary>
    public static string? CompanyNumberError(string? value) =>
        string.IsNullOrWhiteSpace(value) || CompanyNumber().IsMatch(value.Trim().ToUpperInvariant())
            ? null
            : "Enter a company number of 8 characters, including any leading zeros, like 01234567 or SC123456";

    private static string Clean(string text) => Unsafe().Replace(text.Trim(), "_");

    [GeneratedRegex("^[0-9]{6,7}$")]
    private static partial Regex CharityNumber();

    [GeneratedRegex("^([0-9]{8}|(SC|NI|RC|OC|SO|NC|R0|IP|SP|RS|LP|SL|FC|GE|GN|GS|CE|CS|IC|SE|SI|SR)[0-9]{6})$")]
    private static partial Regex CompanyNumber();

    [GeneratedRegex("[^A-Za-z0-9_-]")]
    private static partial Regex Unsafe();
}
