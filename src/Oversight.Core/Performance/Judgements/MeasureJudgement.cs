using Oversight.Core.Performance.Observations;
using Oversight.Domain.Performance.Comparisons;
using Oversight.Domain.Performance.Spc;
using Oversight.Domain.Performance.Themes;
using Oversight.Domain.Plan;

namespace Oversight.Core.Performance.Judgements;

/// One measure's current series for one area, judged as an SPC chart. Chart points carry the observations'
/// own period labels and are in the same order as Observations.
public sealed record MeasureJudgement(
    Measure Measure,
    string Area,
    IReadOnlyList<Observation> Observations,
    SpcResult Chart,
    PeriodComparison? RollingChange)
{
    public bool HasData => Observations.Count > 0;

    public Observation? Latest => HasData ? Observations[^1] : null;

    public MeasureIcons Icons => new(Chart.VariationIcon, Chart.AssuranceIcon);
}
