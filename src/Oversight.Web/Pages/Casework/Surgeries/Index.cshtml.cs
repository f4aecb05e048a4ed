using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Casework.Surgeries;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Casework.Surgeries;

[Authorize(Policy = Policies.Casework)]
public sealed class IndexModel(PublicSurgeries surgeries) : FormPageModel
{
    public IReadOnlyList<Surgery> Surgeries { get; private set; } = [];

    [BindProperty]
    public DateParts On { get; set; } = new();

    [BindProperty]
    public string? StartsAt { get; set; } = "10:00";

    [BindProperty]
    public string? Place { get; set; }

    [BindProperty]
    public bool Online { get; set; }

    [BindProperty]
    public string? Slots { get; set; } = "8";

    public async Task OnGetAsync(CancellationToken cancellationToken) => Surgeries = await surgeries.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var on = CaseworkForm.Required(ModelState, nameof(On), On, "the date of the surgery");
        if (!TimeOnly.TryParseExact(StartsAt?.Trim(), "H:mm", CaseworkForm.English, System.Globalization.DateTimeStyles.None, out var starts))
        {
            ModelState.AddModelError(nameof(StartsAt), "Enter the start time like 10:00");
        }

        if (!int.TryParse(Slots, System.Globalization.NumberStyles.None, CaseworkForm.English, out var slots))
        {
            ModelState.AddModelError(nameof(Slots), "Enter the number of slots as a whole number, like 8");
        }

        if (ModelState.IsValid)
        {
            var (id, errors) = await surgeries.CreateAsync(on!.Value, Place, Online, starts, slots, cancellationToken);
            if (id is not null)
            {
                return Redirect($"/casework/surgeries/{id}");
            }

            ModelState.AddErrors(errors);
        }

        await OnGetAsync(cancellationToken);
        return Page();
    }
}
