using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Funding.Applicants;
using Oversight.Web.Forms;

namespace Oversight.Web.Pages.Funding.Apply;

[AllowAnonymous]
public sealed class ConfirmModel(ApplicantRegistrations registrations) : FormPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public bool Valid { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Valid = await registrations.FindAsync(Token, cancellationToken) is not null;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var errors = await registrations.ConfirmAsync(Token, Password, cancellationToken);
        if (errors.Count == 0)
        {
            return Redirect("/sign-in?confirmed=1");
        }

        ModelState.AddErrors(errors);
        Valid = errors.All(e => e.Field != "Token");
        return Page();
    }
}
