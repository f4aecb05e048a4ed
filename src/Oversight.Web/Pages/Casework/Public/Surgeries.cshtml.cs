using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Oversight.Core.Casework.Surgeries;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Casework.Public;

/// The public's booking page for the Deputy Mayor's surgeries. Shows free slots, never who has booked.
[AllowAnonymous]
[EnableRateLimiting(PublicFormRateLimit.Policy)]
public sealed class SurgeriesModel(PublicSurgeries surgeries) : FormPageModel
{
    public IReadOnlyList<(Surgery Surgery, int Free)> Upcoming { get; private set; } = [];

    [BindProperty]
    public Guid? SurgeryId { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Phone { get; set; }

    [BindProperty]
    public string? Topic { get; set; }

    public string? Booked { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Upcoming = await surgeries.UpcomingAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = SurgeryId is { } id ? await surgeries.BookAsync(id, Name, Email, Phone, Topic, byPublic: true, cancellationToken) : null;
        if (result is null or { NotFound: true })
        {
            ModelState.AddModelError(nameof(SurgeryId), "Select a surgery");
        }
        else if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Errors);
        }
        else
        {
            var surgery = (await surgeries.ListAsync(cancellationToken)).First(s => s.Id == SurgeryId);
            Booked = $"{CaseworkForm.Date(surgery.On)} at {surgery.StartsAt.AddMinutes((int.Parse(result.Key!, CaseworkForm.English) - 1) * surgery.SlotMinutes).ToString("HH:mm", CaseworkForm.English)}";
            Name = Email = Phone = Topic = null;
        }

        await OnGetAsync(cancellationToken);
        return Page();
    }
}
