using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Custody.Scrutiny;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Custody.Panels;

[Authorize(Policy = Policies.Custody)]
public sealed class CaseModel(Core.Custody.Scrutiny.Panels panels) : FormPageModel
{
    [BindProperty] public string? Assessment { get; set; }
    [BindProperty] public string? Observations { get; set; }

    public PanelCaseView Case { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await panels.OpenCaseAsync(id, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        Case = found;
        Assessment = found.Assessment?.ToString();
        Observations = found.Observations;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        // An assessment no page offers reads as none, which the assessment requires.
        var saved = await panels.AssessAsync(id, Choices.TryRead<CaseAssessment>(Assessment, out var assessment) ? assessment : null, Observations, cancellationToken);
        if (saved.NotFound || await panels.OpenCaseAsync(id, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        if (saved.Succeeded)
        {
            return Redirect($"/custody/panels/{found.PanelId}");
        }

        Case = found;
        ModelState.AddErrors(saved.Errors);

        return Page();
    }
}
