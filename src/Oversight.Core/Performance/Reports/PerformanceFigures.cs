using Oversight.Core.Documents;
using Oversight.Domain.Performance.Spc;
using Oversight.Domain.Reporting;

namespace Oversight.Core.Performance.Reports;

/// The annual report's performance figures, from the year's last published quarterly report: what the Panel saw.
public sealed class PerformanceFigures(QuarterlyReports reports) : IFigureSource
{
    private static readonly (string Key, string Label, Func<SpcVariation?, bool> Counts)[] Kinds =
    [
        ("performance.measures-judged", "measures judged by statistical process control", v => v is not null),
        ("performance.special-cause-improvement", "measures showing special cause improvement", v => v is SpcVariation.ImprovementHigh or SpcVariation.ImprovementLow),
        ("performance.special-cause-concern", "measures showing special cause concern", v => v is SpcVariation.ConcernHigh or SpcVariation.ConcernLow),
    ];

    public async Task<IReadOnlyList<Figure>> FiguresAsync(int firstYear, CancellationToken cancellationToken)
    {
        if (await LastPublishedAsync(firstYear, cancellationToken) is not { } last)
        {
            return [];
        }

        var measures = last.Snapshot.Themes.SelectMany(t => t.Measures).ToList();
        var source = $"Performance Monitoring Report {last.Report.Quarter}, version {last.Report.Version}";
        return
        [
            .. Kinds.Select(k => new Figure(k.Key, $"{Capitalise(k.Label)} in {last.Report.Quarter}", measures.Count(m => k.Counts(m.Variation)),
                FigureFormat.Count, ReportSection.Performance, source, "/reports/" + last.Report.Quarter.Replace(' ', '-').ToLowerInvariant())),
        ];
    }

    public async Task<FigureRecords?> RecordsAsync(int firstYear, string key, CancellationToken cancellationToken)
    {
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

    private async Task<(QuarterlyReport Report, ReportSnapshot Snapshot)?> LastPublishedAsync(int firstYear, CancellationToken cancellationToken)
    {
        var year = Domain.Performance.Periods.ReportingPeriod.FinancialYear(firstYear).Text + " Q";
        var last = (await reports.PublishedAsync(cancellationToken)).FirstOrDefault(r => r.Quarter.StartsWith(year, StringComparison.Ordinal));
        return last?.Snapshot is { } json ? (last, ReportSnapshot.FromJson(json)) : null;
    }

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
