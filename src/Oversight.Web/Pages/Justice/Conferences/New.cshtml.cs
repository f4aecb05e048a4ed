using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
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
        var (id, errors) = await referrals.RecordConferenceAsync(District, heldOn, Participants, AgreedReparation, cancellationToken);
        if (id is not null && dateOk)
        {
            return Redirect("/justice");
        }

        foreach (var error in errors)
        {
            ModelState.AddModelError(error.Field, error.Message);
        }

        if (!dateOk)
        {
            ModelState.AddModelError(nameof(HeldOn), dateError!);
        }

        return Page();
    }
}
