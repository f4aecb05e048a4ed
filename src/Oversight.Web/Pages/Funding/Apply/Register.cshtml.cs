using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Funding.Applicants;
using Oversight.Web.Forms;

namespace Oversight.Web.Pages.Funding.Apply;

[AllowAnonymous]
public sealed class RegisterModel(ApplicantRegistrations registrations) : FormPageModel
{
    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        ModelState.AddErrors(await registrations.RegisterAsync(DisplayName, Email, cancellationToken));
        Sent = ModelState.ErrorCount == 0;
        return Page();
    }
}
