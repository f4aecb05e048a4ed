using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Audit;
using Oversight.Core.Performance.Reports;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Performance.Reports;

[Authorize(Policy = Policies.Reporting)]
public sealed class ReportModel(CurrentUser current, QuarterlyReports reports, AuditSearch audit) : ReviewedReportPageModel<QuarterlyReport>(current, audit)
{
    // Commentary fields are keyed by measure or theme id: Measures[homicide], Themes[theme-id], … They are read from
    // the form by hand because a bound dictionary with no entries falls back to binding every field in the form.
    public Dictionary<string, string?> Measures { get; private set; } = [];

    public Dictionary<string, string?> Themes { get; private set; } = [];

    public Dictionary<string, string?> Overrides { get; private set; } = [];

    public Dictionary<string, string?> Rationales { get; private set; } = [];

    public Dictionary<string, string?> Missing { get; private set; } = [];

    /// Measures expecting a value in the quarter that have none (while the report is a draft).
    public IReadOnlySet<string> MissingIds { get; private set; } = new HashSet<string>();

    public ReportSnapshot Preview { get; private set; } = null!;

    public bool Superseded { get; private set; }

    /// The theme whose commentary was just saved, for the confirmation beside it.
    [FromQuery(Name = "saved")]
    public string? SavedTheme { get; set; }

    protected override string Route => "/performance/reports";

    protected override ReviewedReports<QuarterlyReport> Reviews => reports;

    public override bool Can(ReportAction action) => base.Can(action) && !(action == ReportAction.Correct && Superseded);

    public async Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken cancellationToken)
    {
        Measures = Entries(nameof(Measures));
        Themes = Entries(nameof(Themes));
        Overrides = Entries(nameof(Overrides));
        Rationales = Entries(nameof(Rationales));
        Missing = Entries(nameof(Missing));
        var themes = Themes.Keys.Union(Overrides.Keys).Union(Rationales.Keys)
            .ToDictionary(t => t, t => new ThemeEdit(Themes.GetValueOrDefault(t), Overrides.GetValueOrDefault(t), Rationales.GetValueOrDefault(t)));
        var outcome = await reports.SaveAsync(await MeAsync(cancellationToken), id, new ReportEdits(Measures, themes, Missing), cancellationToken);

        // Each theme is its own form: back to that theme, with a confirmation that it was saved.
        var theme = Request.Form["theme"].ToString();
        return outcome.Kind == ReportOutcomeKind.Done && ThemeId(theme) is not null
            ? Redirect($"/performance/reports/{id}?saved={Uri.EscapeDataString(theme)}#section-{Uri.EscapeDataString(theme)}")
            : await ShowAsync(id, outcome, cancellationToken);
    }

    private static string? ThemeId(string theme) => theme.Length > 0 && theme.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') ? theme : null;

    /// What the page shows in a field: after a refused save, what was typed, so nothing is lost; otherwise what is saved.
    public static string? Typed(Dictionary<string, string?> typed, string key, string? saved) => typed.TryGetValue(key, out var value) ? value : saved;

    protected override async Task LoadPreviewAsync(QuarterlyReport report, CancellationToken cancellationToken)
    {
        Preview = await reports.PreviewAsync(report, cancellationToken);
        Superseded = await reports.IsSupersededAsync(report, cancellationToken);
        MissingIds = report.Status == ReportStatus.Draft ? (await reports.MissingAsync(report, cancellationToken)).Select(m => m.Id).ToHashSet() : new HashSet<string>();
    }

    private Dictionary<string, string?> Entries(string prefix) =>
        Request.Form.Keys
            .Where(k => k.StartsWith(prefix + "[", StringComparison.Ordinal) && k.EndsWith(']'))
            .ToDictionary(k => k[(prefix.Length + 1)..^1], k => (string?)Request.Form[k].ToString(), StringComparer.Ordinal);
}
