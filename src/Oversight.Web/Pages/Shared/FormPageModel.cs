using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Domain;
using Oversight.Web.Forms;

namespace Oversight.Web.Pages;

/// Helpers every GOV.UK form page needs to show field errors.
public abstract class FormPageModel : PageModel
{
    public bool HasError(string field) => ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0;

    /// Shows each error beside the field it names.
    public void AddErrors(IEnumerable<FieldError> errors) => ModelState.AddErrors(errors);

    /// What was typed into a field of a bound form input (see <see cref="FormInputBinder"/>), so a post that is refused
    /// shows it again; before a post, <paramref name="saved"/>.
    public string? AsTyped(string field, string? saved) =>
        ModelState.TryGetValue(field, out var entry) && entry.RawValue is not null ? entry.AttemptedValue : saved;

    /// As <see cref="AsTyped(string, string?)"/> for a date's day, month and year boxes.
    public DateParts AsTyped(string field, DateOnly? saved) =>
        ModelState.ContainsKey(field + ".Day")
            ? new DateParts { Day = AsTyped(field + ".Day", (string?)null), Month = AsTyped(field + ".Month", (string?)null), Year = AsTyped(field + ".Year", (string?)null) }
            : saved is { } date ? DateParts.From(date) : new DateParts();

    public string? ErrorFor(string field) =>
        ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
}
