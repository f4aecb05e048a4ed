using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Funding.SaferStreets;

[Authorize(Policy = Policies.Funding)]
public sealed class NewProjectModel(Core.Funding.Victims.SaferStreets streets) : ProjectFormModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var saved = await streets.SaveProjectAsync(null, Input, cancellationToken);
        ModelState.AddErrors(saved.Errors);
        return saved.Succeeded ? Redirect("/funding/safer-streets") : Page();
    }
}
