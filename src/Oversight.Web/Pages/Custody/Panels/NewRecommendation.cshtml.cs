using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Custody.Scrutiny;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Custody.Panels;

[Authorize(Policy = Policies.Custody)]
public sealed class NewRecommendationModel(PanelRecords records) : PanelFormModel(records)
{
    [BindProperty] public DateParts MadeOn { get; set; } = new();
    [BindProperty] public string? Text { get; set; }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        DateOnly? madeOn = null;
        if (MadeOn.TryRead("the date of the recommendation", out var read, out var error))
        {
            madeOn = read;
        }
        else
        {
            ModelState.AddModelError(nameof(MadeOn), error!);
        }

        return await AfterSaveAsync(id, await Records.AddRecommendationAsync(id, madeOn, Text, cancellationToken), cancellationToken);
    }
}
