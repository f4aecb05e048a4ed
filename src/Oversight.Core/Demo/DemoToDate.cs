using Oversight.Core.Custody.Visiting;
using Oversight.Core.Data;
using Oversight.Core.Performance.Reports;
using Oversight.Domain;
using Oversight.Domain.Performance.Periods;
using Oversight.Domain.Plan;

namespace Oversight.Core.Demo;

/// The demo's activity after 2024/25, up to the day it is loaded (the clock's UK date), so queues hold a realistic
/// mix and the current year's pages have figures. It draws from random generators of its own and adds records
/// dated from 1 April 2025, so every 2024/25 figure stays what the 2024/25 demo gives.
public sealed class DemoToDate(OversightDbContext db, DemoAccountability accountability, QuarterlyReports reports, PoliceAndCrimePlan plan, Rota rota, TimeProvider clock)
{
    public static readonly DateOnly From = new(2025, 4, 1);

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var today = UkTime.Today(clock);
        if (today <= From)
        {
            return;
        }

        await DemoCasework.LoadToDateAsync(db, today, cancellationToken);
        await DemoCustody.LoadToDateAsync(db, rota, today, cancellationToken);
        await accountability.LoadToDateAsync(today, cancellationToken);
        await ReportAwaitingApprovalAsync(today, cancellationToken);
    }

    /// The last finished quarter's report, written and submitted by the analyst, waiting for the Deputy Mayor.
    private async Task ReportAwaitingApprovalAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var quarter = ReportingPeriod.Containing(today, MeasureFrequency.Quarterly).Previous();
        if (quarter.Text == DemoPerformance.PublishedQuarter)
        {
            return;
        }

        var analyst = DemoPerformance.User(DemoData.Accounts[1]);
        var id = DemoPerformance.Check(await reports.CreateAsync(analyst, quarter.Text, cancellationToken));
        var themes = plan.PerformanceThemes.ToDictionary(
            t => t.Id, t => new ThemeEdit($"Demo commentary on {t.Title} in {quarter.Text}: invented for trying Oversight out.", null, null));
        // Submitting needs a reason for every measure without a value in the quarter (partner returns not yet in).
        var missing = await reports.MissingAsync((await reports.FindAsync(id, cancellationToken))!, cancellationToken);
        DemoPerformance.Check(await reports.SaveAsync(analyst, id, new ReportEdits(new Dictionary<string, string?>(), themes,
            missing.ToDictionary(m => m.Id, _ => (string?)"The return for this quarter has not come in yet (invented for trying Oversight out)")), cancellationToken));
        DemoPerformance.Check(await reports.SubmitAsync(analyst, id, cancellationToken));
    }
}
