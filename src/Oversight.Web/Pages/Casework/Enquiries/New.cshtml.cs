using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Casework;
using Oversight.Core.Casework.Enquiries;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Casework.Enquiries;

[Authorize(Policy = Policies.Casework)]
public sealed class NewModel(PublicEnquiries enquiries) : FormPageModel
{
    [BindProperty]
    public DateParts ReceivedOn { get; set; } = new();

    [BindProperty]
    public string? Channel { get; set; }

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

    [BindProperty]
    public string? ForceReference { get; set; }

    public CaseworkOptions Options => enquiries.Options;

    public void OnGet() => ReceivedOn = DateParts.From(enquiries.Today);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var received = CaseworkForm.Required(ModelState, nameof(ReceivedOn), ReceivedOn, "the date it was received");
        if (!Enum.TryParse<ContactChannel>(Channel, out var channel))
        {
            ModelState.AddModelError(nameof(Channel), "Select how it arrived");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (id, errors) = await enquiries.RecordAsync(
            new NewEnquiry(received!.Value, channel, Name, Email, Phone, Category, string.IsNullOrEmpty(District) ? null : District, Message, ForceReference), cancellationToken);
        ModelState.AddErrors(errors);
        return id is null ? Page() : Redirect($"/casework/enquiries/{id}");
    }
}
