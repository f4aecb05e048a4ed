using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Custody;
using Oversight.Web.Custody;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Custody.Suites;

/// Adds a suite (New.cshtml, no id) or changes one (Edit.cshtml); both pages share this model and its form.
[Authorize(Policy = Policies.Custody)]
public sealed class SuiteModel(CustodySetup setup) : FormPageModel
{
    [FromRoute] public string? Id { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? VisitsPerMonthTarget { get; set; }

    public bool Adding => Id is null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is null)
        {
            return Page();
        }

        if (await setup.SuiteAsync(Id, cancellationToken) is not { } suite)
        {
            return NotFound();
        }

        (Name, VisitsPerMonthTarget) = (suite.Name, suite.VisitsPerMonthTarget.ToString(CustodyText.Culture));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var saved = await setup.SaveSuiteAsync(Id, Name, VisitsPerMonthTarget, cancellationToken);
        if (saved.NotFound)
        {
            return NotFound();
        }

        if (saved.Succeeded)
        {
            return Redirect("/custody/suites");
        }

        ModelState.AddErrors(saved.Errors);

        return Page();
    }
}
