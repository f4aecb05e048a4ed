using Oversight.Core.Performance.Observations;
using Oversight.Domain.Performance.Comparisons;
using Oversight.Domain.Performance.Periods;
using Oversight.Domain.Performance.Spc;
using Oversight.Domain.Performance.Themes;
using Oversight.Domain.Plan;

namespace Oversight.Core.Performance.Judgements;

/// One measure's current series for one area, judged as an SPC chart. Chart points carry the observations'
/// own period labels and are in the same order as Observations. Target is the value the latest point was judged
/// against (a trajectory's value for that period); Expected is the latest period whose value is due by today, when
/// the judgement is of today rather than a past report.
public sealed record MeasureJudgement(
    Measure Measure,
    string Area,
    IReadOnlyList<Observation> Observations,
    SpcResult Chart,
    PeriodComparison? RollingChange,
    double? Target = null,
    ReportingPeriod? Expected = null)
{
    public bool HasData => Observations.Count > 0;

    public Observation? Latest => HasData ? Observations[^1] : null;

    public MeasureIcons Icons => new(Chart.VariationIcon, Chart.AssuranceIcon);

    /// The latest value is for a period before the one whose value is already due.
    public bool IsLate => Latest is { } latest && Expected is { } expected && latest.PeriodStart < expected.Start;
}
