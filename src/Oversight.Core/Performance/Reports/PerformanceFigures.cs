using System.Globalization;
using Oversight.Core.Documents;
using Oversight.Core.Performance.Judgements;
using Oversight.Core.Performance.Observations;
using Oversight.Domain.Performance.Spc;
using Oversight.Domain.Reporting;

namespace Oversight.Core.Performance.Reports;

/// The annual report's performance figures: counts of judgements from the year's last published quarterly report
/// (what the Panel saw), and each monthly count or rate measure's change on the year from the force's records, as
/// "performance.change.{measure}": the twelve months to March against the twelve before, as the matrix shows it.
public sealed class PerformanceFigures(QuarterlyReports reports, MeasureJudgements judgements) : IFigureSource
{
    private const string ChangePrefix = "performance.change.";

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private static readonly (string Key, string Label, Func<SpcVariation?, bool> Counts)[] Kinds =
    [
        ("performance.measures-judged", "measures judged by statistical process control", v => v is not null),
        ("performance.special-cause-improvement", "measures showing special cause improvement", v => v is SpcVariation.ImprovementHigh or SpcVariation.ImprovementLow),
        ("performance.special-cause-concern", "measures showing special cause concern", v => v is SpcVariation.ConcernHigh or SpcVariation.ConcernLow),
    ];

    public async Task<IReadOnlyList<Figure>> FiguresAsync(int firstYear, CancellationToken cancellationToken)
    {
        var figures = new List<Figure>();
        if (await LastPublishedAsync(firstYear, cancellationToken) is { } last)
        {
            var measures = last.Snapshot.Themes.SelectMany(t => t.Measures).ToList();
            var source = $"Performance Monitoring Report {last.Report.Quarter}, version {last.Report.Version}";
            figures.AddRange(Kinds.Select(k => new Figure(k.Key, $"{Capitalise(k.Label)} in {last.Report.Quarter}", measures.Count(m => k.Counts(m.Variation)),
                FigureFormat.Count, ReportSection.Performance, source, "/reports/" + last.Report.Quarter.Replace(' ', '-').ToLowerInvariant())));
        }

        var year = Domain.Performance.Periods.ReportingPeriod.FinancialYear(firstYear);
        foreach (var (measure, change) in await ChangesAsync(firstYear, cancellationToken))
        {
            figures.Add(new Figure(
                ChangePrefix + measure.Measure.Id,
                $"Change in {measure.Measure.Name} in {year.Text} on the year before (12 months to March {firstYear + 1} against the 12 before)",
                Math.Round((decimal)change.PercentChange!.Value, 1), FigureFormat.Percentage, ReportSection.Performance,
                $"{measure.Measure.Name}, {judgements.AreaName(Observation.ForceArea)}, monthly values", $"/performance/measures/{measure.Measure.Id}"));
        }

        return figures;
    }

    public async Task<FigureRecords?> RecordsAsync(int firstYear, string key, CancellationToken cancellationToken)
    {
        if (key.StartsWith(ChangePrefix, StringComparison.Ordinal))
        {
            var found = (await ChangesAsync(firstYear, cancellationToken)).FirstOrDefault(c => ChangePrefix + c.Measure.Measure.Id == key);
            var from = new DateOnly(firstYear - 1, 4, 1);
            return found.Measure is null ? null : FigureTable.Of(["Month", "Value", "Year"],
                found.Measure.Observations.Where(o => o.PeriodStart >= from && o.PeriodStart < from.AddYears(2)),
                o => [o.PeriodStart.ToString("MMMM yyyy", English), o.Value.ToString("#,##0.##", English), o.PeriodStart < from.AddYears(1) ? "Year before" : "Year"]);
        }

        var kind = Kinds.FirstOrDefault(k => k.Key == key);
        if (kind.Key is null || await LastPublishedAsync(firstYear, cancellationToken) is not { } last)
        {
            return null;
        }

        return new FigureRecords(
            ["Theme", "Measure", "Latest period", "Variation"],
            [
                .. last.Snapshot.Themes.SelectMany(t => t.Measures.Where(m => kind.Counts(m.Variation))
                    .Select(m => (IReadOnlyList<string>)[t.Title, m.Name, m.LatestPeriod ?? "", ReportWords.Variation(m.Variation)])),
            ]);
    }

    // Only a measure whose latest month by the year's end is March has a change over the financial year itself.
    private async Task<List<(MeasureJudgement Measure, Domain.Performance.Comparisons.PeriodComparison Change)>> ChangesAsync(int firstYear, CancellationToken cancellationToken)
    {
        var march = new DateOnly(firstYear + 1, 3, 1);
        var themes = await judgements.JudgeAreaAsync(Observation.ForceArea, new DateOnly(firstYear + 1, 3, 31), cancellationToken);
        return
        [
            .. themes.SelectMany(t => t.Measures).DistinctBy(m => m.Measure.Id)
                .Where(m => m.Latest?.PeriodStart == march && m.RollingChange?.PercentChange is not null)
                .Select(m => (m, m.RollingChange!)),
        ];
    }

    private async Task<(QuarterlyReport Report, ReportSnapshot Snapshot)?> LastPublishedAsync(int firstYear, CancellationToken cancellationToken)
    {
        var year = Domain.Performance.Periods.ReportingPeriod.FinancialYear(firstYear).Text + " Q";
        var last = (await reports.PublishedAsync(cancellationToken)).FirstOrDefault(r => r.Quarter.StartsWith(year, StringComparison.Ordinal));
        return last?.Snapshot is { } json ? (last, ReportSnapshot.FromJson(json)) : null;
    }

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
