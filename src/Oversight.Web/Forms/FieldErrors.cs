using Oversight.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Oversight.Web.Forms;

/// The one way a page shows a service's field errors: each beside the field it names.
public static class FieldErrors
{
    public static void AddErrors(this ModelStateDictionary state, IEnumerable<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var error in errors)
        {
            state.AddModelError(error.Field, error.Message);
        }
    }
}
