using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Oversight.Core.Casework;
using Oversight.Core.Casework.Surgeries;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Casework.Surgeries;

[Authorize(Policy = Policies.Casework)]
public sealed class DetailsModel(PublicSurgeries surgeries, IOptions<CaseworkOptions> options) : FormPageModel
{
    public Surgery Surgery { get; private set; } = null!;

    public IReadOnlyList<string> Categories => options.Value.EnquiryCategories;

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Phone { get; set; }

    [BindProperty]
    public string? Topic { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await surgeries.OpenAsync(id, cancellationToken) is not { } surgery)
        {
            return NotFound();
        }

        Surgery = surgery;
        return Page();
    }

    public async Task<IActionResult> OnPostBookAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await surgeries.BookAsync(id, Name, Email, Phone, Topic, byPublic: false, cancellationToken) is not { } result)
        {
            return NotFound();
        }

        ModelState.AddErrors(result.Errors);
        return result.Slot is null ? await OnGetAsync(id, cancellationToken) : Redirect($"/casework/surgeries/{id}");
    }

    public async Task<IActionResult> OnPostNotesAsync(Guid id, Guid bookingId, string? notes, CancellationToken cancellationToken) =>
        await surgeries.SaveNotesAsync(id, bookingId, notes, cancellationToken) ? Redirect($"/casework/surgeries/{id}") : NotFound();

    public async Task<IActionResult> OnPostFollowUpAsync(Guid id, Guid bookingId, string? category, string? action, CancellationToken cancellationToken)
    {
        if (await surgeries.FollowUpAsync(id, bookingId, category, action, cancellationToken) is not { } result)
        {
            return NotFound();
        }

        if (result.EnquiryId is { } enquiryId)
        {
            return Redirect($"/casework/enquiries/{enquiryId}");
        }

        foreach (var error in result.Errors)
        {
            ModelState.AddModelError("bookings", "Follow-up: " + error.Message);
        }

        return await OnGetAsync(id, cancellationToken);
    }
}
