using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;
using Oversight.Domain.Plan;

namespace Oversight.Core.Performance.Reports;

/// Assembles the quarterly Performance Monitoring Report. A published version is read only from its frozen snapshot;
/// any other version from today's judgements with its commentary, and is marked as a draft.
public sealed class PerformanceReportDocument(OversightDbContext db, PoliceAndCrimePlan plan, QuarterlyReports reports)
{
    /// The latest version of a quarter ("2024-25 Q4"), whatever its status; null when the quarter has no report.
    public async Task<ReportDocument?> LatestAsync(string quarter, CancellationToken cancellationToken)
    {
        var id = await db.QuarterlyReports.Where(r => r.Quarter == quarter)
            .OrderByDescending(r => r.Version).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(cancellationToken);
        return id is { } found ? await ForReportAsync(found, cancellationToken) : null;
    }

    /// One version for the office.
    public async Task<ReportDocument?> ForReportAsync(Guid id, CancellationToken cancellationToken) =>
        await reports.FindAsync(id, cancellationToken) is { } report ? await BuildAsync(report, ReportAudience.Office, cancellationToken) : null;

    /// The latest published version of a quarter, for the public; null when none is published.
    public async Task<ReportDocument?> PublishedAsync(string quarter, CancellationToken cancellationToken) =>
        await reports.FindPublishedAsync(quarter, cancellationToken) is { } report
            ? await BuildAsync(report, ReportAudience.Public, cancellationToken)
            : null;

    public async Task<ReportDocument> BuildAsync(QuarterlyReport report, ReportAudience audience, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var snapshot = await reports.PreviewAsync(report, cancellationToken);
        var cover = new ReportCover(
            plan.Office, plan.Title, snapshot.AreaName, report.Quarter, report.Version, report.Status, report.PublishedAt, report.CorrectionReason);
        return new ReportDocument(cover, snapshot.Themes, audience, snapshot.Covering, snapshot.ForceResponse);
    }
}
