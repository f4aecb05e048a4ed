using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Reporting.Cited;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Reporting.Cited;

/// One cited statistic: everyone who reads the annual reports sees it; an analyst corrects it here.
[Authorize(Policy = Policies.Reporting)]
public sealed class EditModel(CurrentUser current, CitedStatistics statistics) : CitedStatisticForm
{
    public CitedStatistic Statistic { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, bool saved, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Fill(Statistic);
        Saved = saved;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!CanEdit)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var input = Read(null);
        if (ModelState.ErrorCount > 0)
        {
            Show(await statistics.CheckAsync(id, input, cancellationToken));
            return Page();
        }

        var saved = await statistics.UpdateAsync(await current.GetAsync(cancellationToken), id, input, cancellationToken);
        if (saved.NotFound)
        {
            return NotFound();
        }

        if (saved.Succeeded)
        {
            return Redirect($"/annual-reports/cited-statistics/{id}?saved=true");
        }

        Show(saved.Errors);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await statistics.FindAsync(id, cancellationToken) is not { } statistic)
        {
            return false;
        }

        Statistic = statistic;
        CanEdit = CitedStatistics.MayEnter((await current.GetAsync(cancellationToken)).Role);
        return true;
    }
}
