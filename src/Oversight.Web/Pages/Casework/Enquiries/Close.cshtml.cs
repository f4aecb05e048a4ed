using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Casework.Enquiries;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Casework.Enquiries;

[Authorize(Policy = Policies.Casework)]
public sealed class CloseModel(PublicEnquiries enquiries) : FormPageModel
{
    public Guid Id { get; private set; }

    [BindProperty]
    public string? Reason { get; set; }

    public void OnGet(Guid id) => Id = id;

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        Id = id;
        var saved = await enquiries.CloseAsync(id, Reason, cancellationToken);
        if (saved.NotFound)
        {
            return NotFound();
        }

        ModelState.AddErrors(saved.Errors);
        return saved.Succeeded ? Redirect($"/casework/enquiries/{id}") : Page();
    }
}
