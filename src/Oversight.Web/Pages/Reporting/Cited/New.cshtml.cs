using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Reporting.Cited;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Reporting.Cited;

/// An analyst enters a statistic another body published, with where it was published.
[Authorize(Policy = Policies.Reporting)]
public sealed class NewModel(CurrentUser current, CitedStatistics statistics) : CitedStatisticForm
{
    [BindProperty]
    public string? Key { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        CitedStatistics.MayEnter((await current.GetAsync(cancellationToken)).Role) ? Page() : StatusCode(StatusCodes.Status403Forbidden);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await current.GetAsync(cancellationToken);
        if (!CitedStatistics.MayEnter(user.Role))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var input = Read(Key);
        if (ModelState.ErrorCount > 0)
        {
            Show(await statistics.CheckAsync(null, input, cancellationToken));
            return Page();
        }

        var saved = await statistics.CreateAsync(user, input, cancellationToken);
        if (saved.Succeeded)
        {
            return Redirect($"/annual-reports/cited-statistics?added={Uri.EscapeDataString(saved.Key!)}");
        }

        Show(saved.Errors);
        return Page();
    }
}
