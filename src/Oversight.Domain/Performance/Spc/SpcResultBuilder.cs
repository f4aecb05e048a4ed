namespace Oversight.Domain.Performance.Spc;

/// <summary>Copies the engine's arrays into the immutable records handed to callers, turning NaN into null.</summary>
internal static class SpcResultBuilder
{
    public static SpcResult Build(SpcObservation[] ordered, SpcWorkspace workspace, SpcSummary summary)
    {
        var groups = workspace.Groups;
        var points = new SpcPoint[ordered.Length];
        var groupRecords = new SpcGroup[groups.Length];
        for (var g = 0; g < groups.Length; g++)
        {
            var group = groups[g];
            groupRecords[g] = new SpcGroup(
                ordered[group.Start].Period,
                group.Count,
                group.LimitCount,
                group.Mean,
                OrNull(group.MovingRangeMean),
                OrNull(group.MovingRangeMeanUsed),
                group.ExcludedMovingRanges,
                OrNull(group.Lower),
                OrNull(group.Upper),
                OrNull(group.LowerTwoSigma),
                OrNull(group.UpperTwoSigma));
            for (var i = group.Start; i < group.Start + group.Count; i++)
            {
                points[i] = new SpcPoint(
                    ordered[i].Period,
                    ordered[i].Value,
                    workspace.Means[i],
                    OrNull(workspace.LowerLimits[i]),
                    OrNull(workspace.UpperLimits[i]),
                    workspace.Variations[i],
                    workspace.Rules[i],
                    g);
            }
        }

        return new SpcResult(points, groupRecords, summary.VariationIcon, summary.AssuranceIcon, summary.Warnings);
    }

    private static double? OrNull(double value) => double.IsNaN(value) ? null : value;
}
