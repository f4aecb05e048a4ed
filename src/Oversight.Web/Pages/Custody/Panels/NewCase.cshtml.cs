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
        var assessment = ModelState.ReadChoice<CaseAssessment>(nameof(Assessment), Assessment);
        var input = new PanelCaseInput(Reference, Topic, Summary, Ethnicity, assessment, Observations);
        if (!ModelState.IsValid)
        {
            // Nothing is saved while the assessment does not read; the other problems still show beside it.
            AddErrors(PanelRecords.Check(input));
            return await OnGetAsync(id, cancellationToken);
        }

        var saved = await records.AddCaseAsync(id, input, cancellationToken);
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
