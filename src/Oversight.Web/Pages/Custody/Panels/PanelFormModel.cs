using Microsoft.AspNetCore.Mvc;
using Oversight.Core;
using Oversight.Core.Custody.Scrutiny;
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
    protected async Task<IActionResult> AfterSaveAsync(string id, Saved saved, CancellationToken cancellationToken)
    {
        if (saved.NotFound || !await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        ModelState.AddErrors(saved.Errors);

        return ModelState.ErrorCount == 0 ? Redirect($"/custody/panels/{id}") : Page();
    }
}
