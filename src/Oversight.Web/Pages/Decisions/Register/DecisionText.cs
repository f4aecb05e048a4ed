using System.Globalization;

namespace Oversight.Web.Pages.Decisions.Register;

/// How the register writes references, dates and money.
public static class DecisionText
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// "2024-25/007" in an address: "2024-25-007".
    public static string Slug(string reference) => reference.Replace('/', '-');

    public static string Reference(string slug) => slug.Length > 8 ? slug[..7] + "/" + slug[8..] : slug;

    public static string Date(DateOnly? day) => day?.ToString("d MMMM yyyy", English) ?? "";

    public static string Money(decimal? amount) => amount is { } a ? a.ToString(a == decimal.Truncate(a) ? "C0" : "C2", English) : "";
}
