using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Audit;
using Oversight.Core.Performance.Reports;
using Oversight.Core.Reporting.Annual;
using Oversight.Domain;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Reporting.Annual;

[Authorize(Policy = Policies.Reporting)]
public sealed class ReportModel(CurrentUser current, AnnualReports reports, AuditSearch audit) : ReviewedReportPageModel<AnnualReport>(current, audit)
{
    /// After a refused save, what was typed in each section, so nothing is lost.
    public Dictionary<string, string?> Typed { get; private set; } = [];

    public AnnualSnapshot Preview { get; private set; } = null!;

    /// What stops a draft being submitted now, shown before the author tries.
    public IReadOnlyList<FieldError> Readiness { get; private set; } = [];

    protected override string Route => "/annual-reports";

    protected override ReviewedReports<AnnualReport> Reviews => reports;

    public string? TextOf(SnapshotSection section) => Typed.TryGetValue(section?.Key ?? "", out var typed) ? typed : section?.Text;

    public async Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken cancellationToken)
    {
        // Read by hand: a bound dictionary with no entries falls back to binding every field in the form.
        Typed = Request.Form.Keys
            .Where(k => k.StartsWith("Sections[", StringComparison.Ordinal) && k.EndsWith(']'))
            .ToDictionary(k => k["Sections[".Length..^1], k => (string?)Request.Form[k].ToString(), StringComparer.Ordinal);
        return await ShowAsync(id, await reports.SaveAsync(await MeAsync(cancellationToken), id, Typed, cancellationToken), cancellationToken);
    }

    protected override async Task LoadPreviewAsync(AnnualReport report, CancellationToken cancellationToken)
    {
        Preview = await reports.SnapshotAsync(report, cancellationToken);
        Readiness = report.Status == ReportStatus.Draft ? await reports.ReadinessAsync(report, cancellationToken) : [];
    }
}
