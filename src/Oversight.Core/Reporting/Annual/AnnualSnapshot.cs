using System.Text.Json;
using System.Text.Json.Serialization;
using Oversight.Core.Documents;
using Oversight.Core.Performance.Reports;
using Oversight.Domain.Reporting;

namespace Oversight.Core.Reporting.Annual;

/// The report as published: its sections' text, every figure's value and the last published quarter's theme
/// judgements at that moment, so later records never change a published report. PerformanceThemes is that quarter's
/// themes in full (commentary and each measure's judged series, for the charts) and Charts the sections' figure
/// charts; both null in snapshots published before they were kept.
public sealed record AnnualSnapshot(
    IReadOnlyList<SnapshotSection> Sections,
    IReadOnlyList<Figure> Figures,
    string? PerformanceQuarter,
    IReadOnlyList<ThemeLine> Themes,
    IReadOnlyList<SnapshotTable>? Tables = null,
    IReadOnlyList<ReportCaseStudy>? CaseStudies = null,
    IReadOnlyList<ThemeSnapshot>? PerformanceThemes = null,
    IReadOnlyList<FigureChart>? Charts = null)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static AnnualSnapshot FromJson(string json) =>
        JsonSerializer.Deserialize<AnnualSnapshot>(json, Json) ?? throw new InvalidOperationException("The annual report snapshot is empty");
}

public sealed record SnapshotSection(string Key, string Title, string Text);

/// A performance theme's overall judgement and the analyst's commentary on it, as the quarterly report published them
/// (Commentary is null in snapshots taken before it was kept).
public sealed record ThemeLine(string Title, string Judgement, string? Commentary = null);

/// The records behind a figure the report prints in full, such as the precept's table of bands.
public sealed record SnapshotTable(string FigureKey, string Section, string Caption, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);
