using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Oversight.Core.Casework;
using Oversight.Web.Components;
using Oversight.Web.Forms;

namespace Oversight.Web.Pages.Casework;

/// Reading the casework forms' dates and choices, with GOV.UK error messages.
public static class CaseworkForm
{
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static IReadOnlyList<Choice> Channels { get; } =
        Enum.GetValues<ContactChannel>().Select(c => new Choice(c.ToString(), ContactChannels.Label(c), null)).ToList();

    public static IReadOnlyList<Choice> YesNo { get; } = [new("yes", "Yes", null), new("no", "No", null)];

    /// A date the form must have; records an error and returns null when it is missing or not a date.
    public static DateOnly? Required(ModelStateDictionary state, string field, DateParts parts, string what)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.TryRead(what, out var date, out var error))
        {
            return date;
        }

        state.AddModelError(field, error!);
        return null;
    }

    /// A date the form may leave blank.
    public static DateOnly? Optional(ModelStateDictionary state, string field, DateParts? parts, string what)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (parts is null || (string.IsNullOrWhiteSpace(parts.Day) && string.IsNullOrWhiteSpace(parts.Month) && string.IsNullOrWhiteSpace(parts.Year)))
        {
            return null;
        }

        return Required(state, field, parts, what);
    }

    public static DateParts Parts(DateOnly? date) => date is { } d ? DateParts.From(d) : new DateParts();

    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", English) ?? "Not recorded";
}
