using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Custody.Scrutiny;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Custody.Panels;

[Authorize(Policy = Policies.Custody)]
public sealed class PanelModel(Core.Custody.Scrutiny.Panels panels) : FormPageModel
{
    [BindProperty] public Guid RecommendationId { get; set; }
    [BindProperty] public string? ForceResponse { get; set; }
    [BindProperty] public DateParts RespondedOn { get; set; } = new();

    public ScrutinyPanel Panel { get; private set; } = null!;

    public IReadOnlyList<EthnicityAssessments> Analysis { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        if (!RespondedOn.TryRead("the date of the response", out var on, out var dateError))
        {
            ModelState.AddModelError(nameof(RespondedOn), dateError!);
        }
        else
        {
            var saved = await panels.RecordResponseAsync(RecommendationId, ForceResponse, on, cancellationToken);
            if (saved.NotFound)
            {
                return NotFound();
            }

            if (saved.Succeeded)
            {
                return Redirect($"/custody/panels/{id}");
            }

            ModelState.AddErrors(saved.Errors);
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        var panel = await panels.FindAsync(id, cancellationToken);
        if (panel is null)
        {
            return false;
        }

        Panel = panel;
        Analysis = await panels.AnalysisAsync(id, cancellationToken);
        return true;
    }
}
