using Oversight.Core.Performance.Observations;
using Oversight.Domain.Performance.Comparisons;
using Oversight.Domain.Performance.Spc;
using Oversight.Domain.Plan;

namespace Oversight.Core.Performance.Judgements;

/// Judges one measure's observations: pure, so the matrix can judge every measure from a single query.
public static class SeriesJudge
{
    /// With today, the judgement also says which period's value is expected by then (its dataset's due rule).
    public static MeasureJudgement Judge(Measure measure, string area, IEnumerable<Observation> observations, DataReturn? rule = null, DateOnly? today = null)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var ordered = observations.OrderBy(o => o.PeriodStart).ToList();
        var target = TargetFor(measure, area, ordered);
        var expected = rule is not null && today is { } day ? rule.Expected(measure.Frequency, day) : null;
        return new MeasureJudgement(measure, area, ordered, Chart(measure, ordered, target), RollingChange(measure, ordered), target, expected);
    }

    // The plan's targets are for the force area; a trajectory is judged against its value for the latest period.
    private static double? TargetFor(Measure measure, string area, List<Observation> ordered) =>
        measure.Target is { } target && area == Observation.ForceArea && ordered.Count > 0
            ? target.For(ordered[^1].PeriodStart, measure.Frequency, ordered.Select(o => (o.PeriodStart, o.Value)))
            : null;

    // The engine gets each period's start date so that quarters ("2024-25 Q3") and years order correctly;
    // the points are then given back the labels people write.
    private static SpcResult Chart(Measure measure, List<Observation> ordered, double? target)
    {
        if (ordered.Count == 0)
        {
            return new SpcResult([], [], null, null, SpcWarnings.TooFewPoints);
        }

        var options = new SpcOptions { Profile = SpcProfile.Mdc, Improvement = measure.Improvement, Target = target };
        var result = SpcChart.Judge(ordered.Select(o => new SpcObservation(Key(o.PeriodStart), o.Value)), options);
        var labels = ordered.ToDictionary(o => Key(o.PeriodStart), o => o.Period, StringComparer.Ordinal);
        return result with
        {
            Points = [.. result.Points.Select(p => p with { Period = labels[p.Period] })],
            Groups = [.. result.Groups.Select(g => g with { FirstPeriod = labels[g.FirstPeriod] })],
        };
    }

    // Adding up twelve months only means something for counts and rates; a sum of percentages or ratios does not.
    private static PeriodComparison? RollingChange(Measure measure, List<Observation> ordered)
    {
        if (measure.Frequency != MeasureFrequency.Monthly || ordered.Count == 0
            || measure.Unit is not (MeasureUnit.Count or MeasureUnit.RatePer1000))
        {
            return null;
        }

        return RollingComparison.Compare(ordered.Select(o => new MonthlyValue(o.PeriodStart, o.Value)), ordered[^1].PeriodStart);
    }

    private static string Key(DateOnly start) => start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
