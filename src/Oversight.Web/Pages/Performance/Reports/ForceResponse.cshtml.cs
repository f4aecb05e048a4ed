using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Performance.Reports;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Performance.Reports;

/// The force's response to a quarterly report, written by the force's own users until the report is published.
[Authorize(Policy = Policies.ForceResponse)]
public sealed class ForceResponseModel(CurrentUser current, QuarterlyReports reports) : FormPageModel
{
    [BindProperty(Name = QuarterlyReports.ResponseField)]
    public string? Text { get; set; }

    public QuarterlyReport Report { get; private set; } = null!;

    public CoveringSnapshot? Covering { get; private set; }

    public string ForceName => reports.Force?.Name ?? "the force";

    public bool Editable => Report.Status != ReportStatus.Published;

    [FromQuery(Name = "saved")]
    public bool Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Text = Report.ForceResponse;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await reports.SaveForceResponseAsync(await current.GetAsync(cancellationToken), id, Text, cancellationToken);
        switch (outcome.Kind)
        {
            case ReportOutcomeKind.Done:
                return Redirect($"/performance/reports/{id}/force-response?saved=true");
            case ReportOutcomeKind.NotFound:
                return NotFound();
            case ReportOutcomeKind.Forbidden:
                return StatusCode(StatusCodes.Status403Forbidden);
            default:
                AddErrors(outcome.Errors);
                return await LoadAsync(id, cancellationToken) ?? Page();
        }
    }

    /// Loads the report for the force's user; otherwise the answer instead of the page (not found, or not the force).
    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await reports.FindAsync(id, cancellationToken) is not { } report)
        {
            return NotFound();
        }

        if (!reports.IsForce(await current.GetAsync(cancellationToken)))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Report = report;
        Covering = (await reports.PreviewAsync(report, cancellationToken)).Covering;
        return null;
    }
}
