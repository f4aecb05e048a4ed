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
        var input = observations as IReadOnlyCollection<SpcObservation> ?? [.. observations];
        var comparer = PeriodComparer.For(input.Select(o => o.Period));
        var ordered = Order(input, comparer);
        var values = ordered.Select(o => o.Value).ToArray();
        var rebases = RebaseIndices(ordered, options.RebaseAt, comparer);
        var workspace = new SpcWorkspace(values.Length, rebases.Length);
        var summary = SpcEngine.Judge(values, rebases, options, workspace);
        return SpcResultBuilder.Build(ordered, workspace, summary);
    }

    // Dates and numbers are parsed once into keys rather than at every comparison of the sort.
    private static SpcObservation[] Order(IReadOnlyCollection<SpcObservation> input, PeriodComparer comparer)
    {
        var ordered = input.ToArray();
        var text = comparer.Kind == PeriodKind.Text;
        var keys = text ? [] : ordered.Select(o => comparer.SortKey(o.Period)).ToArray();
        if (text)
        {
            Array.Sort(ordered, (x, y) => string.CompareOrdinal(x.Period, y.Period));
        }
        else
        {
            Array.Sort(keys, ordered);
        }

        for (var i = 0; i < ordered.Length; i++)
        {
            if (!double.IsFinite(ordered[i].Value))
            {
                throw new ArgumentException($"The value for period '{ordered[i].Period}' is not a finite number.", nameof(input));
            }

            if (i > 0 && (text ? string.Equals(ordered[i - 1].Period, ordered[i].Period, StringComparison.Ordinal) : keys[i - 1] == keys[i]))
            {
                throw new ArgumentException($"Period '{ordered[i].Period}' appears more than once.", nameof(input));
            }
        }

        return ordered;
    }

    // A rebase names the period whose point starts a new group; unknown periods and the first one change nothing.
    private static int[] RebaseIndices(SpcObservation[] ordered, IReadOnlyList<string> rebaseAt, PeriodComparer comparer)
    {
        if (rebaseAt.Count == 0)
        {
            return [];
        }

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
