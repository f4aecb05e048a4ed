using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Custody.Scrutiny;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Custody.Panels;

[Authorize(Policy = Policies.Custody)]
public sealed class MeetingModel(PanelRecords records) : FormPageModel
{
    [BindProperty] public string? Minutes { get; set; }
    [BindProperty] public bool Publish { get; set; }

    public MeetingView Meeting { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await records.OpenMeetingAsync(id, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        Meeting = found;
        Minutes = found.Minutes;
        Publish = found.MinutesPublished;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var saved = await records.SaveMinutesAsync(id, Minutes, Publish, cancellationToken);
        if (saved.NotFound || await records.OpenMeetingAsync(id, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        if (saved.Succeeded)
        {
            return Redirect($"/custody/panel-meetings/{id}");
        }

        Meeting = found;
        ModelState.AddErrors(saved.Errors);

        return Page();
    }
}
