namespace Oversight.Domain.Performance.Spc;

/// <summary>
/// The judgement core: a few passes over arrays, writing into a reusable <see cref="SpcWorkspace"/>
/// so that judging many series allocates nothing per series. <see cref="SpcChart"/> wraps it for
/// callers who have periods rather than indices.
/// </summary>
public static class SpcEngine
{
    /// <summary>
    /// Judges one series, already in time order, and leaves the per-point results in
    /// <paramref name="workspace"/>. <paramref name="rebaseStarts"/> are the indices of points that
    /// start a new group: strictly increasing, each between 1 and the last index.
    /// </summary>
    public static SpcSummary Judge(ReadOnlySpan<double> values, ReadOnlySpan<int> rebaseStarts, SpcOptions options, SpcWorkspace workspace)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(workspace);
        CheckRebases(rebaseStarts, values.Length);
        var profile = options.Profile;
        workspace.Reset(values.Length, rebaseStarts.Length);
        workspace.GroupCount = GroupPlanner.Plan(values.Length, rebaseStarts, options, workspace.GroupBuffer, out var warnings);
        var groups = workspace.GroupBuffer[..workspace.GroupCount];
        var judged = values.Length >= profile.MinimumPoints;
        ComputeLimits(values, groups, options.Screens, profile.Screening, judged);
        FillPointLimits(groups, workspace);
        var rules = workspace.RuleBuffer;
        rules.Clear();
        if (judged)
        {
            MarkRules(values, groups, profile, rules);
        }

        PointClassifier.Classify(values, rules, profile.Conflicts, options.Improvement, workspace.VariationBuffer);
        return SpcSummarizer.Summarise(options, workspace, judged, warnings);
    }

    private static void CheckRebases(ReadOnlySpan<int> rebaseStarts, int length)
    {
        var previous = 0;
        foreach (var start in rebaseStarts)
        {
            if (start <= previous || start >= length)
            {
                throw new ArgumentException("Rebase indices must be strictly increasing and lie between 1 and the last index.", nameof(rebaseStarts));
            }

            previous = start;
        }
    }

    private static void ComputeLimits(ReadOnlySpan<double> values, Span<SpcGroupLimits> groups, bool screen, ScreeningStyle style, bool judged)
    {
        for (var g = 0; g < groups.Length; g++)
        {
            var group = groups[g];
            // A partition after an MDC baseline shares the baseline's figures, already worked out.
            group = group.LimitStart < group.Start
                ? groups[0] with { Start = group.Start, Count = group.Count }
                : LimitCalculator.Compute(values.Slice(group.LimitStart, group.LimitCount), screen, style, group);
            // Below the profile's minimum the chart is a run chart: a mean but no limits.
            groups[g] = judged ? group : group with { Lower = double.NaN, Upper = double.NaN, LowerTwoSigma = double.NaN, UpperTwoSigma = double.NaN };
        }
    }

    private static void FillPointLimits(ReadOnlySpan<SpcGroupLimits> groups, SpcWorkspace workspace)
    {
        foreach (var group in groups)
        {
            workspace.MeanBuffer.Slice(group.Start, group.Count).Fill(group.Mean);
            workspace.LowerBuffer.Slice(group.Start, group.Count).Fill(group.Lower);
            workspace.UpperBuffer.Slice(group.Start, group.Count).Fill(group.Upper);
        }
    }

    private static void MarkRules(ReadOnlySpan<double> values, ReadOnlySpan<SpcGroupLimits> groups, SpcProfile profile, Span<SpcRules> rules)
    {
        if (profile.TrendsCrossGroups)
        {
            RunRules.MarkTrends(values, profile.TrendLength, rules);
        }

        foreach (var group in groups)
        {
            var x = values.Slice(group.Start, group.Count);
            var r = rules.Slice(group.Start, group.Count);
            if (!group.HasLimits)
            {
                // Undefined limits mean no signal at all, not just no limit-based signal.
                r.Clear();
                continue;
            }

            if (!profile.TrendsCrossGroups)
            {
                RunRules.MarkTrends(x, profile.TrendLength, r);
            }

            PointRules.MarkOutside(x, group, r);
            RunRules.MarkShifts(x, group.Mean, profile.ShiftLength, r);
            PointRules.MarkTwoInThree(x, group, profile.TwoInThreeCountsPointsBeyondLimits, r);
        }
    }
}
