using Oversight.Core.Performance.Reports;
using Oversight.Domain.Plan;
using Oversight.Domain.Reporting;

namespace Oversight.Core.Reporting.Annual;

public sealed record AnnualCover(string Office, string Title, string PlanTitle, string Year, int Version, string StatusText, bool IsDraft, DateTimeOffset? PublishedAt, string? CorrectionReason);

/// A piece of a paragraph: text, or a figure (null when the text cites a figure that no longer exists).
public sealed record AnnualPart(string Text, Figure? Figure, bool IsFigure);

/// One bar of a section's chart, with the figure giving its value.
public sealed record AnnualBar(string Label, Figure Figure);

public sealed record AnnualChart(string Title, IReadOnlyList<AnnualBar> Bars);

/// A section: its narrative, the figures it lists (those it charts are in the charts instead), its charts, the records
/// it tabulates and its case studies.
public sealed record AnnualSection(
    string Key, string Title, IReadOnlyList<IReadOnlyList<AnnualPart>> Paragraphs, IReadOnlyList<Figure> Figures, IReadOnlyList<SnapshotTable> Tables,
    IReadOnlyList<ReportCaseStudy> CaseStudies, IReadOnlyList<AnnualChart> Charts)
{
    /// Whether anything but the heading would print.
    public bool IsEmpty => Paragraphs.Count == 0 && Figures.Count == 0 && Tables.Count == 0 && CaseStudies.Count == 0 && Charts.Count == 0;
}

/// The annual report as a document: the cover, each section's narrative with its figures resolved, the performance
/// themes from the year's last published quarter (in full when the snapshot kept them), and every figure used, in the
/// order the report first uses it, for the figures annex.
public sealed record AnnualDocument(
    AnnualCover Cover, IReadOnlyList<AnnualSection> Sections, string? PerformanceQuarter, IReadOnlyList<ThemeLine> Themes, IReadOnlyList<Figure> Sources,
    IReadOnlyList<ThemeSnapshot> PerformanceThemes)
{
    /// The figure's number in the annex, from 1, which the printed report puts beside it as a footnote marker.
    public int NoteOf(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return notes.GetValueOrDefault(figure.Key);
    }

    private readonly Dictionary<string, int> notes = Sources.Select((f, i) => (f.Key, i)).ToDictionary(x => x.Key, x => x.i + 1, StringComparer.Ordinal);
}

public sealed class AnnualReportDocument(AnnualReports reports, PoliceAndCrimePlan plan)
{
    /// The latest version of the year's report, published or still a draft; null when the year has none.
    public async Task<AnnualDocument?> LatestAsync(string year, CancellationToken cancellationToken) =>
        await reports.LatestAsync(year, cancellationToken) is { } report ? await BuildAsync(report, cancellationToken) : null;

    public async Task<AnnualDocument> BuildAsync(AnnualReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var snapshot = await reports.SnapshotAsync(report, cancellationToken);
        var figures = snapshot.Figures.ToDictionary(f => f.Key, StringComparer.Ordinal);
        var used = new OrderedDictionary<string, Figure>(StringComparer.Ordinal);
        var sections = new List<AnnualSection>();
        foreach (var section in snapshot.Sections)
        {
            var paragraphs = Narrative.Parse(section.Text).Select(p => (IReadOnlyList<AnnualPart>)[.. p.Select(part => Part(part, figures, used))]).ToList();
            // A chart's bars are its section's figures too, drawn rather than listed; a bar whose figure is gone is left out.
            var charts = (snapshot.Charts ?? []).Where(c => c.Section == section.Key)
                .Select(c => new AnnualChart(c.Title, [.. c.Bars.Where(b => figures.ContainsKey(b.FigureKey)).Select(b => new AnnualBar(b.Label, figures[b.FigureKey]))]))
                .Where(c => c.Bars.Count > 0).ToList();
            var charted = charts.SelectMany(c => c.Bars).Select(b => b.Figure.Key).ToHashSet(StringComparer.Ordinal);
            var own = snapshot.Figures.Where(f => f.Section == section.Key && !charted.Contains(f.Key)).ToList();
            own.ForEach(f => used.TryAdd(f.Key, f));
            charts.SelectMany(c => c.Bars).ToList().ForEach(b => used.TryAdd(b.Figure.Key, b.Figure));
            // A published report leaves out what nobody wrote and nothing measured; a draft shows the gap.
            var stories = (snapshot.CaseStudies ?? []).Where(c => c.Section == section.Key).ToList();
            if (report.Status != ReportStatus.Published || paragraphs.Count > 0 || own.Count > 0 || stories.Count > 0 || section.Key == ReportSection.Performance)
            {
                sections.Add(new AnnualSection(section.Key, section.Title, paragraphs, own, [.. (snapshot.Tables ?? []).Where(t => t.Section == section.Key)], stories, charts));
            }
        }

        var status = ReportRules.Word(report.Status);
        var cover = new AnnualCover(plan.Office, $"Annual Report {report.Year}", plan.Title, report.Year, report.Version,
            char.ToUpperInvariant(status[0]) + status[1..], report.Status != ReportStatus.Published, report.PublishedAt, report.CorrectionReason);
        return new AnnualDocument(cover, sections, snapshot.PerformanceQuarter, snapshot.Themes, [.. used.Values], snapshot.PerformanceThemes ?? []);
    }

    private static AnnualPart Part(NarrativePart part, Dictionary<string, Figure> figures, OrderedDictionary<string, Figure> used)
    {
        if (!part.IsFigure)
        {
            return new AnnualPart(part.Text, null, false);
        }

        var figure = figures.GetValueOrDefault(part.Text);
        if (figure is not null)
        {
            used.TryAdd(figure.Key, figure);
        }

        return new AnnualPart(figure?.Text ?? $"[figure {part.Text} is no longer available]", figure, true);
    }
}
