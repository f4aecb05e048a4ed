namespace Oversight.Domain.Performance.Spc;

/// <summary>Reads the chart-level icons and warnings off a judged series.</summary>
internal static class SpcSummarizer
{
    public static SpcSummary Summarise(SpcOptions options, SpcWorkspace workspace, bool judged, SpcWarnings warnings)
    {
        var n = workspace.Length;
        if (n == 0)
        {
            return new SpcSummary(null, null, warnings);
        }

        var profile = options.Profile;
        var groups = workspace.Groups;
        warnings |= judged ? GroupWarnings(groups, profile) : SpcWarnings.TooFewPoints;
        if (options.Target is not null && options.Improvement == ImprovementDirection.Neutral)
        {
            warnings |= SpcWarnings.TargetIgnored;
        }

        if (!judged)
        {
            return new SpcSummary(null, null, warnings);
        }

        if (profile.Conflicts != ConflictRule.Precedence && options.Improvement != ImprovementDirection.Neutral && PointClassifier.IsConflict(workspace.Rules[n - 1]))
        {
            warnings |= SpcWarnings.LastPointConflict;
        }

        if (profile.FixAfterIsSingleBaseline && options.FixAfter <= n && HasSpecialCause(workspace.Variations[..groups[0].Count]))
        {
            warnings |= SpcWarnings.BaselineHasSpecialCause;
        }

        var last = groups[^1];
        var assurance = options.Target is double target
            ? AssuranceRule.Judge(target, last.Lower, last.Upper, options.Improvement, profile.InclusiveAssurance)
            : null;
        return new SpcSummary(workspace.Variations[n - 1], assurance, warnings);
    }

    private static SpcWarnings GroupWarnings(ReadOnlySpan<SpcGroupLimits> groups, SpcProfile profile)
    {
        var warnings = SpcWarnings.None;
        foreach (var group in groups)
        {
            warnings |= group.Count < profile.ShortGroupThreshold ? SpcWarnings.ShortGroup : SpcWarnings.None;
            warnings |= group.HasLimits ? SpcWarnings.None : SpcWarnings.UndefinedLimits;
        }

        return warnings;
    }

    private static bool HasSpecialCause(ReadOnlySpan<SpcVariation> variations)
    {
        foreach (var v in variations)
        {
            if (v != SpcVariation.CommonCause)
            {
                return true;
            }
        }

        return false;
    }
}
