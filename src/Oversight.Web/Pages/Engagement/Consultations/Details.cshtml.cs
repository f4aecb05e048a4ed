using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Engagement.Analysis;
using Oversight.Domain.Engagement;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Engagement.Consultations;

[Authorize(Policy = Policies.Engagement)]
public sealed class DetailsModel(EngagementAnalysis analysis) : PageModel
{
    public ConsultationAnalysis Analysis { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public ConsultationChannel? Channel { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var result = await analysis.AnalyseAsync(slug, Channel, cancellationToken);
        if (result is null)
        {
            return NotFound();
        }

        Analysis = result;
        return Page();
    }
}
