using Oversight.Core.Documents;
using Oversight.Domain.Performance.Spc;
using Oversight.Domain.Plan;

namespace Oversight.Core.Performance.Reports;

/// Who a document is for: the public copy hides small counts, as the public report page does.
public enum ReportAudience
{
    Office,
    Public,
}

public sealed record ReportCover(
    string Office, string PlanTitle, string AreaName, string Quarter, int Version, ReportStatus Status, DateTimeOffset? PublishedAt, string? CorrectionReason)
{
    public string Title => $"Performance Monitoring Report {Quarter}";

    public bool IsDraft => Status != ReportStatus.Published;

    public string StatusText => Status switch
    {
        ReportStatus.Published => "Published",
        ReportStatus.Draft => "Draft – not published",
        _ => $"Draft – not published ({(Status == ReportStatus.Submitted ? "submitted for approval" : ReportRules.Word(Status))})",
    };
}

/// One measure flagged for the Panel's attention, and why.
public sealed record ReportException(ThemeSnapshot Theme, MeasureSnapshot Measure, string Reason);

/// One value behind the document: a point of a measure's SPC series (or only its latest value when no series was kept).
public sealed record AnnexRow(ThemeSnapshot Theme, MeasureSnapshot Measure, string Period, double Value, double? Mean, double? Lower, double? Upper);

/// The content of the quarterly Performance Monitoring Report, ready for any renderer: the covering report to the
/// Panel and the force's response (null when not written) come first, then the themes.
public sealed record ReportDocument(
    ReportCover Cover, IReadOnlyList<ThemeSnapshot> Themes, ReportAudience Audience, CoveringSnapshot? Covering = null, ForceResponseSnapshot? ForceResponse = null)
{
    public IEnumerable<(ThemeSnapshot Theme, MeasureSnapshot Measure)> Measures =>
        Themes.SelectMany(t => t.Measures.Select(m => (t, m)));

    /// Measures in special-cause concern or consistently missing their target.
    public IReadOnlyList<ReportException> Exceptions =>
    [
        .. Measures.Select(x => Reason(x.Measure) is { } reason ? new ReportException(x.Theme, x.Measure, reason) : null).OfType<ReportException>(),
    ];

    /// Measures compared with similar forces, in the report's order.
    public IReadOnlyList<(ThemeSnapshot Theme, MeasureSnapshot Measure, ComparisonSnapshot Comparison)> Comparisons =>
    [
        .. Measures.Where(x => x.Measure.Comparison is not null).DistinctBy(x => x.Measure.Id).Select(x => (x.Theme, x.Measure, x.Measure.Comparison!)),
    ];

    public IEnumerable<AnnexRow> Annex => Measures.SelectMany(x => x.Measure.Series is { Count: > 0 } series
        ? series.Select(p => new AnnexRow(x.Theme, x.Measure, p.Period, p.Value, p.Mean, p.Lower, p.Upper))
        : x.Measure is { LatestValue: { } v, LatestPeriod: { } period }
            ? [new AnnexRow(x.Theme, x.Measure, period, v, null, null, null)]
            : []);

    public bool Hides(MeasureUnit unit, double value) => Audience == ReportAudience.Public && unit == MeasureUnit.Count && value < SmallCounts.SuppressBelow;

    public string ValueText(MeasureUnit unit, double value) => Hides(unit, value) ? SmallCounts.Suppressed : ReportWords.Value(unit, value);

    public string LatestText(MeasureSnapshot measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return measure.LatestValue is { } v ? ValueText(measure.Unit, v) : "No data yet";
    }

    /// The chart, unless the public copy would give away a small count through it.
    public IReadOnlyList<SpcPoint>? ChartOf(MeasureSnapshot measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return measure.Series is { Count: > 0 } series && !series.Any(p => Hides(measure.Unit, p.Value)) ? series : null;
    }

    private static string? Reason(MeasureSnapshot measure)
    {
        var concern = measure.Variation is SpcVariation.ConcernHigh or SpcVariation.ConcernLow;
        var failing = measure.Assurance is SpcAssurance.ConsistentlyFail;
        return (concern, failing) switch
        {
            (true, true) => $"{ReportWords.Variation(measure.Variation)}; {ReportWords.Assurance(measure.Assurance).ToLowerInvariant()}",
            (true, false) => ReportWords.Variation(measure.Variation),
            (false, true) => ReportWords.Assurance(measure.Assurance),
            _ => null,
        };
    }
}
