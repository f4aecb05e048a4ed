using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Performance;
using Oversight.Core.Performance.Reports;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Performance.Reports;

[Authorize(Policy = Policies.Reporting)]
public sealed class ReportModel(CurrentUser current, QuarterlyReports reports) : FormPageModel
{
    // Commentary fields are keyed by measure or theme id: Measures[homicide], Themes[theme-id], … They are read from
    // the form by hand because a bound dictionary with no entries falls back to binding every field in the form.
    public Dictionary<string, string?> Measures { get; private set; } = [];

    public Dictionary<string, string?> Themes { get; private set; } = [];

    public Dictionary<string, string?> Overrides { get; private set; } = [];

    public Dictionary<string, string?> Rationales { get; private set; } = [];

    [BindProperty]
    public string? Reason { get; set; }

    public QuarterlyReport Report { get; private set; } = null!;

    public ReportSnapshot Preview { get; private set; } = null!;

    public MeasureUser Me { get; private set; } = null!;

    public bool Superseded { get; private set; }

    public bool Can(ReportAction action) =>
        ReportRules.CanDo(Me.Role, Report.Status, action) && !(action == ReportAction.Correct && Superseded);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken cancellationToken)
    {
        Measures = Entries(nameof(Measures));
        Themes = Entries(nameof(Themes));
        Overrides = Entries(nameof(Overrides));
        Rationales = Entries(nameof(Rationales));
        var themes = Themes.Keys.Union(Overrides.Keys).Union(Rationales.Keys)
            .ToDictionary(t => t, t => new ThemeEdit(Themes.GetValueOrDefault(t), Overrides.GetValueOrDefault(t), Rationales.GetValueOrDefault(t)));
        return await ShowAsync(id, await reports.SaveAsync(await MeAsync(cancellationToken), id, new ReportEdits(Measures, themes), cancellationToken), cancellationToken);
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

    /// What the page shows in a field: after a refused save, what was typed, so nothing is lost; otherwise what is saved.
    public static string? Typed(Dictionary<string, string?> typed, string key, string? saved) => typed.TryGetValue(key, out var value) ? value : saved;

    private Dictionary<string, string?> Entries(string prefix) =>
        Request.Form.Keys
            .Where(k => k.StartsWith(prefix + "[", StringComparison.Ordinal) && k.EndsWith(']'))
            .ToDictionary(k => k[(prefix.Length + 1)..^1], k => (string?)Request.Form[k].ToString(), StringComparer.Ordinal);

    private Task<MeasureUser> MeAsync(CancellationToken cancellationToken) => current.GetAsync(cancellationToken);

    private async Task<IActionResult> ShowAsync(Guid id, ReportOutcome outcome, CancellationToken cancellationToken)
    {
        switch (outcome.Kind)
        {
            case ReportOutcomeKind.Done:
                return Redirect($"/performance/reports/{outcome.ReportId}");
            case ReportOutcomeKind.Forbidden:
                return StatusCode(StatusCodes.Status403Forbidden);
            case ReportOutcomeKind.NotFound:
                return NotFound();
            default:
                foreach (var error in outcome.Errors)
                {
                    ModelState.AddModelError(error.Field, error.Message);
                }

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
        Preview = await reports.PreviewAsync(report, cancellationToken);
        Superseded = await reports.IsSupersededAsync(report, cancellationToken);
        return true;
    }
}
