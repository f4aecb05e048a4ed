using Oversight.Domain;
namespace Oversight.Core.Custody.Scrutiny;

/// A child remand case as entered. Instants the form could not read are null; the form has already said why.
public sealed record RemandCaseInput(
    string? CustodyNumber, DateTimeOffset? ChargedAt, string? BailRefusedReason, DateTimeOffset? LocalAuthorityRequestedAt, string? LocalAuthorityResponse,
    RemandAccommodation? Accommodation, string? NoAccommodationReason, DateTimeOffset? LeftCustodyAt, bool? CertificateProduced, bool? CourtAgreed, string? Ethnicity);

/// A child strip search as entered.
public sealed record StripSearchInput(
    string? CustodyNumber, DateTimeOffset? SearchedAt, string? AuthorisedBy, bool? AppropriateAdultPresent, string? Location, string? Grounds,
    bool? ItemFound, bool? SafeguardingReferral, bool? ParentNotified, string? Ethnicity);

/// Shared checks for the scrutiny forms, worded as GOV.UK error messages.
internal static class Checks
{
    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public static void Text(List<FieldError> errors, string field, string? value, string message, int max, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add(new(field, message));
            }
        }
        else if (value.Trim().Length > max)
        {
            var what = message.Replace("Enter ", "", StringComparison.Ordinal);
            errors.Add(new(field, $"{char.ToUpperInvariant(what[0])}{what[1..]} must be {max:N0} characters or fewer"));
        }
    }

    public static void Choice<T>(List<FieldError> errors, string field, T? value, string message)
        where T : struct
    {
        if (value is null)
        {
            errors.Add(new(field, message));
        }
    }

    public static void Ethnicity(List<FieldError> errors, string? value)
    {
        if (value is null || !PanelRecords.Ethnicities.Contains(value))
        {
            errors.Add(new("Ethnicity", "Select the ethnicity the force recorded"));
        }
    }
}
