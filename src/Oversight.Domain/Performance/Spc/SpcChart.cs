namespace Oversight.Domain.Performance.Spc;

/// <summary>
/// Judges a measure's series as a Making Data Count XmR chart: limits, the special cause of every
/// point, and the variation and assurance icons. Observations may come in any order; they are put
/// in period order first.
/// </summary>
public static class SpcChart
{
    /// <summary>
    /// Judges the series. Throws <see cref="ArgumentException"/> for a repeated period, a value
    /// that is not a finite number, or options that cannot be applied.
    /// </summary>
    public static SpcResult Judge(IEnumerable<SpcObservation> observations, SpcOptions options)
    {
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var comparer = PeriodComparer.For(observations.Select(o => o.Period));
        var ordered = observations.OrderBy(o => o.Period, comparer).ToArray();
        Check(ordered, comparer);
        var values = ordered.Select(o => o.Value).ToArray();
        var rebases = RebaseIndices(ordered, options.RebaseAt, comparer);
        var workspace = new SpcWorkspace(values.Length, rebases.Length);
        var summary = SpcEngine.Judge(values, rebases, options, workspace);
        return SpcResultBuilder.Build(ordered, workspace, summary);
    }

    private static void Check(SpcObservation[] ordered, PeriodComparer comparer)
    {
        for (var i = 0; i < ordered.Length; i++)
        {
            if (!double.IsFinite(ordered[i].Value))
            {
                throw new ArgumentException($"The value for period '{ordered[i].Period}' is not a finite number.", nameof(ordered));
            }

            if (i > 0 && comparer.Compare(ordered[i - 1].Period, ordered[i].Period) == 0)
            {
                throw new ArgumentException($"Period '{ordered[i].Period}' appears more than once.", nameof(ordered));
            }
        }
    }

    // A rebase names the period whose point starts a new group; unknown periods and the first one change nothing.
    private static int[] RebaseIndices(SpcObservation[] ordered, IReadOnlyList<string> rebaseAt, PeriodComparer comparer)
    {
        var periods = ordered.Select(o => o.Period).ToArray();
        return
        [
            .. rebaseAt
                .Select(p => Array.BinarySearch(periods, p, comparer))
                .Where(i => i > 0)
                .Distinct()
                .Order(),
        ];
    }
}
