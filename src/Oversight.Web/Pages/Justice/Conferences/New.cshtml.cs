using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Justice.Conferences;

[Authorize(Policy = Policies.Custody)]
public sealed class NewModel(Core.Justice.Referrals referrals) : FormPageModel
{
    [BindProperty] public string? District { get; set; }
    [BindProperty] public DateParts HeldOn { get; set; } = new();
    [BindProperty] public string? Participants { get; set; }
    [BindProperty] public string? AgreedReparation { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var dateOk = HeldOn.TryRead("the date of the conference", out var heldOn, out var dateError);
        // Nothing is saved while the date does not read: the service would take it as 1 January 0001.
        if (!dateOk)
        {
            ModelState.AddModelError(nameof(HeldOn), dateError!);
            return Page();
        }

        var (id, errors) = await referrals.RecordConferenceAsync(District, heldOn, Participants, AgreedReparation, cancellationToken);
        if (id is not null)
        {
            return Redirect("/justice");
        }

        ModelState.AddErrors(errors);
        return Page();
    }
}
