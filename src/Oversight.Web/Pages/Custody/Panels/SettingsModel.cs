using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Custody;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Custody.Panels;

/// Adds a panel (NewPanel.cshtml, no id) or changes its name, remit and blindness (EditPanel.cshtml).
[Authorize(Policy = Policies.Custody)]
public sealed class SettingsModel(CustodySetup setup) : FormPageModel
{
    [FromRoute] public string? Id { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Remit { get; set; }
    [BindProperty] public string? BlindToEthnicity { get; set; }

    public bool Adding => Id is null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is null)
        {
            return Page();
        }

        if (await setup.PanelAsync(Id, cancellationToken) is not { } panel)
        {
            return NotFound();
        }

        (Name, Remit, BlindToEthnicity) = (panel.Name, panel.Remit, panel.BlindToEthnicity ? "true" : "false");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        bool? blind = bool.TryParse(BlindToEthnicity, out var b) ? b : null;
        var saved = await setup.SavePanelAsync(Id, Name, Remit, blind, cancellationToken);
        if (saved.NotFound)
        {
            return NotFound();
        }

        if (saved.Succeeded)
        {
            return Redirect($"/custody/panels/{saved.Key}");
        }

        ModelState.AddErrors(saved.Errors);

        return Page();
    }
}
