using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Oversight.Core.Casework;
using Oversight.Core.Casework.Enquiries;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Casework.Public;

/// The public's way to contact the Policing and Crime Casework team. Nothing they send is shown back but the reference.
[AllowAnonymous]
[EnableRateLimiting(PublicFormRateLimit.Policy)]
public sealed class ContactModel(PublicEnquiries enquiries) : FormPageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Phone { get; set; }

    [BindProperty]
    public string? Category { get; set; }

    [BindProperty]
    public string? District { get; set; }

    [BindProperty]
    public string? Message { get; set; }

    public string? Reference { get; private set; }

    public CaseworkOptions Options => enquiries.Options;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var recorded = await enquiries.RecordAsync(
            new NewEnquiry(enquiries.Today, ContactChannel.WebForm, Name, Email, Phone, Category, string.IsNullOrEmpty(District) ? null : District, Message),
            cancellationToken);
        ModelState.AddErrors(recorded.Errors);
        if (!recorded.Succeeded)
        {
            return Page();
        }

        // Shown on the response to the post itself, never at an address someone else could open.
        Reference = recorded.Key;
        Name = Email = Phone = Category = District = Message = null;
        return Page();
    }
}
