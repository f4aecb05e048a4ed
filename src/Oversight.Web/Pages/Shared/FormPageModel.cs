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

    public string? ErrorFor(string field) =>
        ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
}
