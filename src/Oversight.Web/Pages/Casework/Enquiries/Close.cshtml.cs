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
        var errors = await enquiries.CloseAsync(id, Reason, cancellationToken);
        if (errors is null)
        {
            return NotFound();
        }

        ModelState.AddErrors(errors);
        return errors.Count == 0 ? Redirect($"/casework/enquiries/{id}") : Page();
    }
}
