using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core;
using Oversight.Core.Custody.Scrutiny;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Custody.Panels;

[Authorize(Policy = Policies.Custody)]
public sealed class NewMeetingModel(PanelRecords records) : PanelFormModel(records)
{
    [BindProperty] public DateParts HeldOn { get; set; } = new();

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        if (!HeldOn.TryRead("the date of the meeting", out var heldOn, out var error))
        {
            return await AfterSaveAsync(id, Saved.Invalid(nameof(HeldOn), error!), cancellationToken);
        }

        var saved = await Records.AddMeetingAsync(id, heldOn, cancellationToken);
        return saved.Succeeded
            ? Redirect($"/custody/panel-meetings/{saved.Id}")
            : await AfterSaveAsync(id, saved, cancellationToken);
    }
}
