using Oversight.Domain.Performance.Comparisons;

namespace Oversight.Domain.Performance.National;

/// <summary>One force's events over a period, with its population.</summary>
/// <param name="Force">The force.</param>
/// <param name="Count">Events in the period.</param>
public sealed record ForceCount(PoliceForce Force, long Count)
{
    /// <summary>Events per 1,000 residents.</summary>
    public double RatePerThousand => Rates.PerThousand(Count, Force.Population);
}

/// <summary>A force set against its comparison group and England and Wales over one period.</summary>
/// <param name="Force">The force compared.</param>
/// <param name="Group">The group's members that have data for the whole period, highest rate first.</param>
/// <param name="GroupRatePerThousand">The group's rate: its members' events over their residents (a weighted average, as HMICFRS shows MSG averages), without the force itself; null when no member has data.</param>
/// <param name="EnglandWalesRatePerThousand">Every force with data for the whole period, the force included, pooled the same way.</param>
/// <param name="Rank">The force's place among itself and the group, 1 being the best (lowest rate where lower is better).</param>
/// <param name="Of">How many were ranked.</param>
/// <param name="Judgement">The exact Poisson comparison of the force's rate with the group's, or null when there is nothing to compare with.</param>
public sealed record ForceComparisonResult(
    ForceCount Force, IReadOnlyList<ForceCount> Group, double? GroupRatePerThousand, double? EnglandWalesRatePerThousand, int Rank, int Of, BenchmarkJudgement? Judgement);

/// <summary>Compares a force's rate per 1,000 residents with its comparison group's, as iQuanta does for forces.</summary>
public static class ForceComparison
{
    /// <summary>
    /// Compares <paramref name="force"/> with the members of <paramref name="group"/> found in <paramref name="all"/>
    /// (every force with data for the whole period).
    /// </summary>
    public static ForceComparisonResult Compare(ForceCount force, ComparisonGroup group, IReadOnlyList<ForceCount> all, ImprovementDirection improvement)
    {
        ArgumentNullException.ThrowIfNull(force);
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(all);
        var members = all.Where(c => c.Force.Id != force.Force.Id && group.Forces.Contains(c.Force.Id))
            .OrderByDescending(c => c.RatePerThousand).ThenBy(c => c.Force.Id, StringComparer.Ordinal).ToList();
        var groupRate = Pooled(members);
        var everyForce = all.Any(c => c.Force.Id == force.Force.Id) ? all : [.. all, force];
        var ranked = members.Append(force).OrderBy(c => improvement == ImprovementDirection.Increase ? -c.RatePerThousand : c.RatePerThousand).ToList();
        var judgement = groupRate is { } rate
            ? BenchmarkComparison.Compare(new AreaCount("", force.Count, force.Force.Population), rate, improvement).Judgement
            : (BenchmarkJudgement?)null;
        return new ForceComparisonResult(force, members, groupRate, Pooled(everyForce), ranked.IndexOf(force) + 1, ranked.Count, judgement);
    }

    private static double? Pooled(IReadOnlyCollection<ForceCount> counts) =>
        counts.Count == 0 ? null : Rates.PerThousand(counts.Sum(c => c.Count), counts.Sum(c => (double)c.Force.Population));
}
