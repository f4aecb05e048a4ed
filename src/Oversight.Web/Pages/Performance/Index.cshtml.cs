using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Performance.Judgements;
using Oversight.Core.Performance.Observations;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Performance;

[Authorize(Policy = Policies.Performance)]
public sealed class IndexModel(MeasureJudgements judgements) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Area { get; set; } = Observation.ForceArea;

    public IReadOnlyList<(string Id, string Name)> Areas => judgements.Areas;

    public string AreaName => judgements.AreaName(Area);

    public IReadOnlyList<ThemeJudgement> Themes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!judgements.IsArea(Area))
        {
            return NotFound();
        }

        Themes = await judgements.JudgeAreaAsync(Area, upTo: null, cancellationToken);
        return Page();
    }
}
