using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Custody.Scrutiny;
using Oversight.Domain;
using Oversight.Web.Forms;

namespace Oversight.Web.Pages.Custody.Panels;

/// A form that adds something to one panel: it names the panel and returns to it once saved.
public abstract class PanelFormModel(PanelRecords records) : FormPageModel
{
    public string PanelId { get; private set; } = "";

    public string PanelName { get; private set; } = "";

    protected PanelRecords Records => records;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    protected async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        PanelId = id;
        PanelName = await records.PanelNameAsync(id, cancellationToken) ?? "";
        return PanelName.Length > 0;
    }

    /// Back to the panel when saved; the form again with its errors when not.
    protected async Task<IActionResult> AfterSaveAsync(string id, IReadOnlyList<FieldError>? errors, CancellationToken cancellationToken)
    {
        if (errors is null || !await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        ModelState.AddErrors(errors);

        return ModelState.ErrorCount == 0 ? Redirect($"/custody/panels/{id}") : Page();
    }
}
