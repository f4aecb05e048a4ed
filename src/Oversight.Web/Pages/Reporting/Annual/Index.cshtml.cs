using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Performance.Reports;
using Oversight.Core.Reporting.Annual;
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
        return await ReportStart.ShowAsync(this, outcome, "/annual-reports", () => LoadAsync(cancellationToken));
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Reports = await reports.ListAsync(cancellationToken);
        CanCreate = ReportRules.Allows((await current.GetAsync(cancellationToken)).Role, ReportAction.Create);
    }
}
