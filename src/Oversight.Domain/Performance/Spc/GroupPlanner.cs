namespace Oversight.Domain.Performance.Spc;

/// <summary>
/// Splits a series into the groups that share limits, and says which points each group's limits
/// come from. Rebase indices must be strictly increasing and inside the series, the first excluded.
/// </summary>
internal static class GroupPlanner
{
    public static int Plan(int length, ReadOnlySpan<int> rebaseStarts, SpcOptions options, Span<SpcGroupLimits> groups, out SpcWarnings warnings)
    {
        warnings = SpcWarnings.None;
        if (length == 0)
        {
            return 0;
        }

        return options.Profile.FixAfterIsSingleBaseline
            ? PlanBaseline(length, rebaseStarts, options.FixAfter, groups, ref warnings)
            : PlanPerGroup(length, rebaseStarts, options.FixAfter, groups);
    }

    // NHSRplotthedots: every rebase group fixes its limits from its own first N points.
    private static int PlanPerGroup(int length, ReadOnlySpan<int> rebaseStarts, int? fixAfter, Span<SpcGroupLimits> groups)
    {
        var start = 0;
        for (var g = 0; g <= rebaseStarts.Length; g++)
        {
            var end = g < rebaseStarts.Length ? rebaseStarts[g] : length;
            var count = end - start;
            groups[g] = new SpcGroupLimits { Start = start, Count = count, LimitStart = start, LimitCount = Math.Min(fixAfter ?? count, count) };
            start = end;
        }

        return rebaseStarts.Length + 1;
    }

    // MDC SQL: the first N points of the series form partition 0 (swallowing any rebase inside
    // them), and the rest of the first rebase group uses partition 0's limits.
    private static int PlanBaseline(int length, ReadOnlySpan<int> rebaseStarts, int? fixAfter, Span<SpcGroupLimits> groups, ref SpcWarnings warnings)
    {
        // A baseline as long as the series or longer matches no point, so the SQL sets none.
        var baselineEnd = fixAfter is int n && n <= length ? n : 0;
        var count = 0;
        var start = 0;
        if (baselineEnd > 0)
        {
            groups[count++] = new SpcGroupLimits { Start = 0, Count = baselineEnd, LimitStart = 0, LimitCount = baselineEnd };
            start = baselineEnd;
        }

        foreach (var rebase in rebaseStarts)
        {
            if (rebase < baselineEnd)
            {
                warnings |= SpcWarnings.RebaseWithinBaseline;
            }
            else if (rebase > start)
            {
                groups[count++] = Partition(start, rebase, baselineEnd, rebaseStarts);
                start = rebase;
            }
        }

        if (start < length)
        {
            groups[count++] = Partition(start, length, baselineEnd, rebaseStarts);
        }

        return count;
    }

    private static SpcGroupLimits Partition(int start, int end, int baselineEnd, ReadOnlySpan<int> rebaseStarts)
    {
        var followsBaseline = baselineEnd > 0 && (rebaseStarts.Length == 0 || rebaseStarts[0] > start);
        return followsBaseline
            ? new SpcGroupLimits { Start = start, Count = end - start, LimitStart = 0, LimitCount = baselineEnd }
            : new SpcGroupLimits { Start = start, Count = end - start, LimitStart = start, LimitCount = end - start };
    }
}
