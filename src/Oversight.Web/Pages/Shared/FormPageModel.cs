using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Oversight.Web.Pages;

/// Helpers every GOV.UK form page needs to show field errors.
public abstract class FormPageModel : PageModel
{
    public bool HasError(string field) => ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0;

    public string? ErrorFor(string field) =>
        ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
}
