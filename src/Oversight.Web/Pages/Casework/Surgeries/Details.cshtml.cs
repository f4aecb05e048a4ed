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
        var booked = await surgeries.BookAsync(id, Name, Email, Phone, Topic, byPublic: false, cancellationToken);
        if (booked.NotFound)
        {
            return NotFound();
        }

        ModelState.AddErrors(booked.Errors);
        return booked.Succeeded ? Redirect($"/casework/surgeries/{id}") : await OnGetAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostNotesAsync(Guid id, Guid bookingId, string? notes, CancellationToken cancellationToken) =>
        await surgeries.SaveNotesAsync(id, bookingId, notes, cancellationToken) ? Redirect($"/casework/surgeries/{id}") : NotFound();

    public async Task<IActionResult> OnPostFollowUpAsync(Guid id, Guid bookingId, string? category, string? action, CancellationToken cancellationToken)
    {
        var followUp = await surgeries.FollowUpAsync(id, bookingId, category, action, cancellationToken);
        if (followUp.NotFound)
        {
            return NotFound();
        }

        if (followUp.Succeeded)
        {
            return Redirect($"/casework/enquiries/{followUp.Id}");
        }

        // The follow-up form sits in the bookings table, so its problems point there.
        ModelState.AddErrors(followUp.Errors.Select(e => e with { Message = "Follow-up: " + e.Message }), _ => "bookings");

        return await OnGetAsync(id, cancellationToken);
    }
}
