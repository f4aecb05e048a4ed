using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Custody.Scrutiny;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Custody.Panels;

[Authorize(Policy = Policies.Custody)]
public sealed class NewCaseModel(PanelRecords records) : FormPageModel
{
    [BindProperty] public string? Reference { get; set; }
    [BindProperty] public string? Topic { get; set; }
    [BindProperty] public string? Summary { get; set; }
    [BindProperty] public string? Ethnicity { get; set; }
    [BindProperty] public string? Assessment { get; set; }
    [BindProperty] public string? Observations { get; set; }

    public MeetingView Meeting { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await records.OpenMeetingAsync(id, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        Meeting = found;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        CaseAssessment? assessment = Enum.TryParse<CaseAssessment>(Assessment, out var a) ? a : null;
        var saved = await records.AddCaseAsync(id, new PanelCaseInput(Reference, Topic, Summary, Ethnicity, assessment, Observations), cancellationToken);
        if (saved.NotFound)
        {
            return NotFound();
        }

        if (saved.Succeeded)
        {
            return Redirect($"/custody/panel-meetings/{id}");
        }

        ModelState.AddErrors(saved.Errors);

        return await OnGetAsync(id, cancellationToken);
    }
}
