using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Oversight.Core.Casework;
using Oversight.Core.Casework.Asb;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Casework.Public;

/// A member of the public asks the office to review how a partnership handled their ASB case review. Nothing they
/// send is shown back but the reference.
[AllowAnonymous]
[EnableRateLimiting(PublicFormRateLimit.Policy)]
public sealed class AsbAppealModel(AsbAppeals appeals) : FormPageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Phone { get; set; }

    [BindProperty]
    public string? Partnership { get; set; }

    [BindProperty]
    public DateParts OutcomeGivenOn { get; set; } = new();

    [BindProperty]
    public string? Reasons { get; set; }

    public string? Reference { get; private set; }

    public AsbOptions Options => appeals.Options;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcomeGivenOn = CaseworkForm.Optional(ModelState, nameof(OutcomeGivenOn), OutcomeGivenOn, "the date you were told the outcome");
        var (appeal, errors) = await appeals.ApplyAsync(
            new AppealApplication(appeals.Today, ContactChannel.WebForm, Name, Email, Phone, Partnership, null, outcomeGivenOn, Reasons), cancellationToken);
        if (!ModelState.IsValid || appeal is null)
        {
            ModelState.AddErrors(errors.Where(e => e.Field != nameof(OutcomeGivenOn) || !HasError(nameof(OutcomeGivenOn))));
            return Page();
        }

        // Shown on the response to the post itself, never at an address someone else could open.
        Reference = appeal.Reference;
        Name = Email = Phone = Partnership = Reasons = null;
        return Page();
    }
}
