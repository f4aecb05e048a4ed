using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Web.Forms;
using Oversight.Web.Pages.Casework;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Funding.SaferStreets;

[Authorize(Policy = Policies.Funding)]
public sealed class NewClaimModel(Core.Funding.Victims.SaferStreets streets) : FormPageModel
{
    [BindProperty]
    public string? FundingYear { get; set; }

    [BindProperty]
    public string? Quarter { get; set; }

    [BindProperty]
    public string? Amount { get; set; }

    [BindProperty]
    public DateParts SubmittedOn { get; set; } = new();

    [BindProperty]
    public DateParts PaidOn { get; set; } = new();

    public void OnGet() => SubmittedOn = DateParts.From(streets.Today);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var submittedOn = CaseworkForm.Optional(ModelState, nameof(SubmittedOn), SubmittedOn, "the date the claim was submitted");
        var paidOn = CaseworkForm.Optional(ModelState, nameof(PaidOn), PaidOn, "the date the Home Office paid");
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var saved = await streets.ClaimAsync(ProjectFormModel.Round, FundingYear?.Trim(), Quarter, Amount, submittedOn, paidOn, cancellationToken);
        ModelState.AddErrors(saved.Errors);
        return saved.Succeeded ? Redirect("/funding/safer-streets") : Page();
    }
}
