using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Performance;
using Oversight.Core.Performance.Reports;
using Oversight.Core.Reporting.Annual;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Reporting.Annual;

[Authorize(Policy = Policies.Reporting)]
public sealed class ReportModel(CurrentUser current, AnnualReports reports) : FormPageModel
{
    /// After a refused save, what was typed in each section, so nothing is lost.
    public Dictionary<string, string?> Typed { get; private set; } = [];

    [BindProperty]
    public string? Reason { get; set; }

    public AnnualReport Report { get; private set; } = null!;

    public AnnualSnapshot Preview { get; private set; } = null!;

    public MeasureUser Me { get; private set; } = null!;

    public bool Can(ReportAction action) => ReportRules.CanDo(Me.Role, Report.Status, action);

    public string? TextOf(SnapshotSection section) => Typed.TryGetValue(section?.Key ?? "", out var typed) ? typed : section?.Text;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken cancellationToken)
    {
        // Read by hand: a bound dictionary with no entries falls back to binding every field in the form.
        Typed = Request.Form.Keys
            .Where(k => k.StartsWith("Sections[", StringComparison.Ordinal) && k.EndsWith(']'))
            .ToDictionary(k => k["Sections[".Length..^1], k => (string?)Request.Form[k].ToString(), StringComparer.Ordinal);
        return await ShowAsync(id, await reports.SaveAsync(await MeAsync(cancellationToken), id, Typed, cancellationToken), cancellationToken);
    }

    public async Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken cancellationToken) =>
        await ShowAsync(id, await reports.SubmitAsync(await MeAsync(cancellationToken), id, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostSendBackAsync(Guid id, CancellationToken cancellationToken) =>
        await ShowAsync(id, await reports.SendBackAsync(await MeAsync(cancellationToken), id, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken cancellationToken) =>
        await ShowAsync(id, await reports.ApproveAsync(await MeAsync(cancellationToken), id, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken cancellationToken) =>
        await ShowAsync(id, await reports.PublishAsync(await MeAsync(cancellationToken), id, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostCorrectAsync(Guid id, CancellationToken cancellationToken) =>
        await ShowAsync(id, await reports.CorrectAsync(await MeAsync(cancellationToken), id, Reason, cancellationToken), cancellationToken);

    private Task<MeasureUser> MeAsync(CancellationToken cancellationToken) => current.GetAsync(cancellationToken);

    private async Task<IActionResult> ShowAsync(Guid id, ReportOutcome outcome, CancellationToken cancellationToken)
    {
        switch (outcome.Kind)
        {
            case ReportOutcomeKind.Done:
                return Redirect($"/annual-reports/{outcome.ReportId}");
            case ReportOutcomeKind.Forbidden:
                return StatusCode(StatusCodes.Status403Forbidden);
            case ReportOutcomeKind.NotFound:
                return NotFound();
            default:
                outcome.Errors.ToList().ForEach(e => ModelState.AddModelError(e.Field, e.Message));
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
        Me = await MeAsync(cancellationToken);
        Preview = await reports.SnapshotAsync(report, cancellationToken);
        return true;
    }
}
