using Microsoft.AspNetCore.Mvc.ModelBinding;
using Oversight.Domain;

namespace Oversight.Web.Forms;

/// The one way a page shows a service's field errors: each beside the field it names.
public static class FieldErrors
{
    public static void AddErrors(this ModelStateDictionary state, IEnumerable<FieldError> errors) =>
        state.AddErrors(errors, field => field);

    /// For a page whose inputs are named differently from the fields the service reports on (a date the page asks
    /// for as parts, a question's generated id): <paramref name="fieldFor"/> gives the page's name for each.
    public static void AddErrors(this ModelStateDictionary state, IEnumerable<FieldError> errors, Func<string, string> fieldFor)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(fieldFor);
        foreach (var error in errors)
        {
            state.AddModelError(fieldFor(error.Field), error.Message);
        }
    }

    /// Problems reported as sentences about one field (the rows of an uploaded file, files refused for their size):
    /// each under <paramref name="field"/>, the first <paramref name="shown"/> only, so a file with thousands of bad
    /// rows still gives a page people can read. Returns how many were left out.
    public static int AddErrors(this ModelStateDictionary state, string field, IEnumerable<string> messages, int shown = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(messages);
        var all = messages.ToList();
        foreach (var message in all.Take(shown))
        {
            state.AddModelError(field, message);
        }

        return Math.Max(0, all.Count - shown);
    }
}
