using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Funding.SaferStreets;

[Authorize(Policy = Policies.Funding)]
public sealed class EditProjectModel(Core.Funding.Victims.SaferStreets streets) : ProjectFormModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await streets.FindAsync(id, cancellationToken) is not { } project)
        {
            return NotFound();
        }

        (Focus, District, Intervention, FundingYear) = (project.Focus, project.District, project.Intervention, project.FundingYear);
        Budget = project.Budget.ToString("0.##", CultureInfo.InvariantCulture);
        Spend = project.Spend.ToString("0.##", CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var saved = await streets.SaveProjectAsync(id, Input, cancellationToken);
        if (saved.NotFound)
        {
            return NotFound();
        }

        ModelState.AddErrors(saved.Errors);
        return saved.Succeeded ? Redirect("/funding/safer-streets") : Page();
    }
}
