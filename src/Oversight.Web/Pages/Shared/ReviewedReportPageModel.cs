using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Audit;
using Oversight.Core.Performance;
using Oversight.Core.Performance.Reports;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages;

/// What the quarterly and annual report pages share: the review steps as form handlers, and showing their outcome.
public abstract class ReviewedReportPageModel<TReport>(CurrentUser current, AuditSearch audit) : FormPageModel
    where TReport : ReviewedReport
{
    [BindProperty]
    public string? Reason { get; set; }

    public TReport Report { get; private set; } = null!;

    public MeasureUser Me { get; private set; } = null!;

    /// The report's history from the audit trail: who started, saved, submitted, approved and published it, and when.
    public IReadOnlyList<AuditEntry> History { get; private set; } = [];

    /// The step before publishing (<c>?confirm-publish=1</c>): the page says what becomes public and asks again.
    public bool ConfirmingPublish { get; private set; }

    /// Where the page lives, without the report's id: each step redirects back to the report it made or moved.
    protected abstract string Route { get; }

    protected abstract ReviewedReports<TReport> Reviews { get; }

    public virtual bool Can(ReportAction action) => ReportRules.CanDo(Me.Role, Report.Status, action, Reviews.AuthorRole(Report));

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken cancellationToken) =>
        await ShowAsync(id, await Reviews.SubmitAsync(await MeAsync(cancellationToken), id, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostSendBackAsync(Guid id, CancellationToken cancellationToken) =>
        await ShowAsync(id, await Reviews.SendBackAsync(await MeAsync(cancellationToken), id, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken cancellationToken) =>
        await ShowAsync(id, await Reviews.ApproveAsync(await MeAsync(cancellationToken), id, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken cancellationToken) =>
        await ShowAsync(id, await Reviews.PublishAsync(await MeAsync(cancellationToken), id, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostCorrectAsync(Guid id, CancellationToken cancellationToken) =>
        await ShowAsync(id, await Reviews.CorrectAsync(await MeAsync(cancellationToken), id, Reason, cancellationToken), cancellationToken);

    /// Loads what the page shows beside the report itself, such as its preview.
    protected abstract Task LoadPreviewAsync(TReport report, CancellationToken cancellationToken);

    protected Task<MeasureUser> MeAsync(CancellationToken cancellationToken) => current.GetAsync(cancellationToken);

    protected async Task<IActionResult> ShowAsync(Guid id, ReportOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        switch (outcome.Kind)
        {
            case ReportOutcomeKind.Done:
                return Redirect($"{Route}/{outcome.ReportId}");
            case ReportOutcomeKind.Forbidden:
                return StatusCode(StatusCodes.Status403Forbidden);
            case ReportOutcomeKind.NotFound:
                return NotFound();
            default:
                ModelState.AddErrors(outcome.Errors);

                return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await Reviews.FindAsync(id, cancellationToken) is not { } report)
        {
            return false;
        }

        Report = report;
        Me = await MeAsync(cancellationToken);
        ConfirmingPublish = Request.Query.ContainsKey("confirm-publish") && report.Status == ReportStatus.Approved;
        History = await audit.HistoryAsync(typeof(TReport).Name, [report.Id.ToString()], cancellationToken);
        await LoadPreviewAsync(report, cancellationToken);
        return true;
    }
}

/// What the publish step shows: the report's page and, in words, what becomes public and where.
public sealed record PublishControl(string Route, bool Confirming, string WhatBecomesPublic);

/// Where starting a reviewed report leads, the same on every list of reports: to the report's page, a refusal, or
/// the form again with its errors.
public static class ReportStart
{
    public static async Task<IActionResult> ShowAsync(FormPageModel page, ReportOutcome outcome, string route, Func<Task> reload)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(reload);
        switch (outcome.Kind)
        {
            case ReportOutcomeKind.Done:
                return new RedirectResult($"{route}/{outcome.ReportId}");
            case ReportOutcomeKind.Forbidden:
                return new StatusCodeResult(StatusCodes.Status403Forbidden);
            default:
                page.AddErrors(outcome.Errors);
                await reload();
                return new PageResult();
        }
    }
}
