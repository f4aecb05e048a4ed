using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Performance.Reports;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Performance.Reports;

/// The covering report to the Police and Crime Panel, written by the report's author while the report is a draft.
[Authorize(Policy = Policies.Reporting)]
public sealed class CoveringModel(CurrentUser current, QuarterlyReports reports) : FormPageModel
{
    [BindProperty]
    public string? Purpose { get; set; }

    [BindProperty]
    public string? Summary { get; set; }

    [BindProperty]
    public string? Exceptions { get; set; }

    [BindProperty]
    public string? Recommendations { get; set; }

    public QuarterlyReport Report { get; private set; } = null!;

    /// Whether this user may change the covering report now (the author's role, a draft).
    public bool Editable { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        (Purpose, Summary, Exceptions, Recommendations) =
            (Report.CoveringPurpose, Report.CoveringSummary, Report.CoveringExceptions, Report.CoveringRecommendations);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var me = await current.GetAsync(cancellationToken);
        var outcome = await reports.SaveCoveringAsync(me, id, new CoveringEdit(Purpose, Summary, Exceptions, Recommendations), cancellationToken);
        switch (outcome.Kind)
        {
            case ReportOutcomeKind.Done:
                return Redirect($"/performance/reports/{id}#covering-report");
            case ReportOutcomeKind.NotFound:
                return NotFound();
            case ReportOutcomeKind.Forbidden:
                return StatusCode(StatusCodes.Status403Forbidden);
            default:
                // What was typed stays in the fields, so nothing is lost.
                AddErrors(outcome.Errors);
                return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await reports.FindAsync(id, cancellationToken) is not { } report)
        {
            return false;
        }

        Report = report;
        var me = await current.GetAsync(cancellationToken);
        Editable = ReportRules.CanDo(me.Role, report.Status, ReportAction.Write, reports.AuthorRole(report));
        return true;
    }
}
