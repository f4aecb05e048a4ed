using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;
using Oversight.Core.Performance;
using Oversight.Core.Performance.Observations;
using Oversight.Core.Performance.Reports;
using Oversight.Domain.Performance.Periods;
using Oversight.Domain.Plan;

namespace Oversight.Core.Demo;

/// Invented force-wide values for 2021/22 to 2024/25, so the demo's matrix and its published report have something to
/// judge. Measures the real police files already cover are left alone; every invented value says so in its notes.
public sealed class DemoPerformance(OversightDbContext db, PoliceAndCrimePlan plan, QuarterlyReports reports, TimeProvider clock)
{
    public const string Notes = "Invented for the demo";
    public const string PublishedQuarter = "2024-25 Q4";
    private static readonly DateOnly First = new(2021, 4, 1);
    private static readonly DateOnly Last = new(2025, 3, 31);

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var covered = await db.Observations.Where(o => o.Area == Observation.ForceArea)
            .Select(o => o.MeasureId).Distinct().ToListAsync(cancellationToken);
        var random = new Random(2024);
        foreach (var measure in plan.Measures.Where(m => !covered.Contains(m.Id)))
        {
            db.Observations.AddRange(Series(measure, random));
        }

        await db.SaveChangesAsync(cancellationToken);
        await PublishReportAsync(cancellationToken);
    }

    private IEnumerable<Observation> Series(Measure measure, Random random)
    {
        var level = Level(measure.Unit, random);
        // A step in the last year for some measures, so the demo shows special causes as well as common ones.
        var step = random.Next(3) == 0 ? (random.Next(2) == 0 ? 0.85 : 1.15) : 1.0;
        var now = clock.GetUtcNow();
        for (var period = ReportingPeriod.Containing(First, measure.Frequency); period.End <= Last; period = period.Next())
        {
            var seasonal = 1 + (0.06 * Math.Sin(period.Start.Month * Math.PI / 6));
            var noise = 1 + ((random.NextDouble() - 0.5) * 0.12);
            var value = level * seasonal * noise * (period.Start.Year >= 2024 && period.Start.Month >= 4 ? step : 1.0);
            yield return new Observation
            {
                MeasureId = measure.Id,
                Area = Observation.ForceArea,
                Period = period.Text,
                PeriodStart = period.Start,
                Value = Round(measure.Unit, value),
                Notes = Notes,
                Source = ObservationSource.ManualEntry,
                RecordedAt = now,
                RecordedBy = "demo",
            };
        }
    }

    private static double Level(MeasureUnit unit, Random random) => unit switch
    {
        MeasureUnit.Count => 40 + random.Next(2000),
        MeasureUnit.Percentage => 45 + random.Next(40),
        MeasureUnit.RatePer1000 => 5 + random.Next(6),
        MeasureUnit.Ratio => 1.5 + random.NextDouble(),
        _ => 2 + random.Next(8),
    };

    private static double Round(MeasureUnit unit, double value) => unit switch
    {
        MeasureUnit.Count => Math.Round(value),
        MeasureUnit.Percentage => Math.Min(100, Math.Round(value, 1)),
        _ => Math.Round(value, 2),
    };

    /// The quarter's report taken through the whole workflow, each step by the demo account allowed to take it.
    private async Task PublishReportAsync(CancellationToken cancellationToken)
    {
        var analyst = User(DemoData.Accounts[1]);
        var leadership = User(DemoData.Accounts[5]);
        var id = Check(await reports.CreateAsync(analyst, PublishedQuarter, cancellationToken));
        var themes = plan.PerformanceThemes.ToDictionary(
            t => t.Id, t => new ThemeEdit($"Demo commentary on {t.Title}: invented for trying Oversight out.", null, null));
        Check(await reports.SaveAsync(analyst, id, new ReportEdits(new Dictionary<string, string?>(), themes), cancellationToken));
        Check(await reports.SubmitAsync(analyst, id, cancellationToken));
        Check(await reports.ApproveAsync(leadership, id, cancellationToken));
        Check(await reports.PublishAsync(leadership, id, cancellationToken));
    }

    internal static MeasureUser User(DemoAccount account) => new(account.Email, account.DisplayName, account.Role, account.OrganisationId);

    internal static Guid Check(ReportOutcome outcome) =>
        outcome.Kind == ReportOutcomeKind.Done
            ? outcome.ReportId ?? Guid.Empty
            : throw new InvalidOperationException($"Demo report: {outcome.Kind} {string.Join("; ", outcome.Errors.Select(e => e.Message))}");
}
