using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Performance.Reports;
using Oversight.Core.Reporting.Annual;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Reporting.Annual;

[Authorize(Policy = Policies.Reporting)]
public sealed class IndexModel(CurrentUser current, AnnualReports reports) : FormPageModel
{
    [BindProperty]
    public string? Year { get; set; }

    public IReadOnlyList<AnnualReport> Reports { get; private set; } = [];

    public bool CanCreate { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await reports.CreateAsync(await current.GetAsync(cancellationToken), Year, cancellationToken);
        switch (outcome.Kind)
        {
            case ReportOutcomeKind.Done:
                return Redirect($"/annual-reports/{outcome.ReportId}");
            case ReportOutcomeKind.Forbidden:
                return StatusCode(StatusCodes.Status403Forbidden);
            default:
                ModelState.AddErrors(outcome.Errors);
                await LoadAsync(cancellationToken);
                return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Reports = await reports.ListAsync(cancellationToken);
        CanCreate = ReportRules.Allows((await current.GetAsync(cancellationToken)).Role, ReportAction.Create);
    }
}
