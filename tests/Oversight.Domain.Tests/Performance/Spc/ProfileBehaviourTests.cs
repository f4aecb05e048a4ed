using Oversight.Domain.Performance;
using Oversight.Domain.Performance.Spc;

namespace Oversight.Domain.Tests.Performance.Spc;

/// <summary>Where the mdc and nhsrplotthedots profiles part company (METHOD.md §10), each checked on a hand-made series.</summary>
public class ProfileBehaviourTests
{
    private static readonly SpcOptions Mdc = new() { Profile = SpcProfile.Mdc };
    private static readonly SpcOptions Nhsr = new() { Profile = SpcProfile.NhsrPlotTheDots };

    // Alternating noise, then six points above the mean.
    private static readonly double[] SixAbove = [0, 2, 0, 2, 0, 2, 0, 2, 0, 2, 0, 2, 0, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5];

    [Fact]
    public void Judge_MdcTwelvePoints_GivesMeanButNoLimitsSignalsOrIcons()
    {
        var result = Series.Judge(Mdc with { Target = 0 }, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 50);
        Assert.All(result.Points, p => Assert.Null(p.Upper));
        Assert.Equal((66.0 + 50) / 12, result.Points[0].Mean, 12);
        Assert.All(result.Points, p => Assert.Equal(SpecialCause.None, p.SpecialCause));
        Assert.Null(result.VariationIcon);
        Assert.Null(result.AssuranceIcon);
        Assert.True(result.Warnings.HasFlag(SpcWarnings.TooFewPoints));
    }

    [Fact]
    public void Judge_MdcThirteenPoints_GivesLimitsAndIcons()
    {
        var result = Series.Judge(Mdc, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 50);
        Assert.NotNull(result.Points[^1].Upper);
        Assert.Equal(SpcVariation.ImprovementHigh, result.VariationIcon);
    }

    [Fact]
    public void Judge_SixPointsAboveMean_IsShiftForMdcOnly()
    {
        Assert.Equal(6, Series.Judge(Mdc, SixAbove).Points.Count(p => p.Rules.HasFlag(SpcRules.ShiftAbove)));
        Assert.DoesNotContain(Series.Judge(Nhsr, SixAbove).Points, p => p.Rules.HasFlag(SpcRules.ShiftAbove));
    }

    [Fact]
    public void Judge_RiseAcrossRebase_IsTrendForMdcOnly()
    {
        double[] values = [5, 9, 5, 9, 5, 9, 5, 9, 5, 9, 5, 9, 1, 2, 3, 4, 5, 6, 7, 5, 9, 5, 9, 5, 9, 5, 9, 5, 9, 5, 9];
        var rebaseAtFour = new[] { "16" };
        var mdc = Series.Judge(Mdc with { RebaseAt = rebaseAtFour }, values);
        var nhsr = Series.Judge(Nhsr with { RebaseAt = rebaseAtFour }, values);
        Assert.Equal(Enumerable.Range(12, 7), mdc.Points.Select((p, i) => (p, i)).Where(x => x.p.Rules.HasFlag(SpcRules.TrendIncreasing)).Select(x => x.i));
        Assert.DoesNotContain(nhsr.Points, p => p.Rules.HasFlag(SpcRules.TrendIncreasing));
    }

    [Fact]
    public void Judge_RisingTrendBelowMean_ConflictResolvedByEachProfilesRule()
    {
        double[] values = [10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 0, 1, 2, 3, 4, 5, 6];
        var last = (SpcOptions o) => Series.Judge(o, values).Points[^1];
        Assert.Equal(SpcRules.TrendIncreasing | SpcRules.ShiftBelow, last(Mdc).Rules);
        // MDC shows improvement whichever way is better; the package labels it a rising trend (high).
        Assert.Equal(SpcVariation.ImprovementHigh, last(Mdc).Variation);
        Assert.Equal(SpcVariation.ImprovementLow, last(Mdc with { Improvement = ImprovementDirection.Decrease }).Variation);
        Assert.Equal(SpcVariation.ImprovementHigh, last(Nhsr).Variation);
        Assert.Equal(SpcVariation.ConcernHigh, last(Nhsr with { Improvement = ImprovementDirection.Decrease }).Variation);
        Assert.True(Series.Judge(Mdc, values).Warnings.HasFlag(SpcWarnings.LastPointConflict));
        Assert.Equal(SpcVariation.ConcernLow, last(Mdc with { Profile = SpcProfile.Mdc with { Conflicts = ConflictRule.ConcernWins } }).Variation);
    }

    [Fact]
    public void Judge_NhsrTurningPointOfTwoTrends_GoesWithTheFollowingTrend()
    {
        double[] values = [0, 8, 0, 8, 0, 8, 1, 2, 3, 4, 5, 6, 7, 6, 5, 4, 3, 2, 1];
        var peak = Series.Judge(Nhsr, values).Points[12];
        Assert.Equal(SpcRules.TrendIncreasing | SpcRules.TrendDecreasing | SpcRules.ShiftAbove, peak.Rules);
        Assert.Equal(SpcVariation.ConcernLow, peak.Variation);
    }

    [Fact]
    public void Judge_NhsrPointAboveLimitInFallingTrend_IsHigh()
    {
        double[] values = [5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 30, 29, 28, 27, 26, 25, 24, 5, 6, 5, 6];
        var point = Series.Judge(Nhsr with { ScreenOutliers = false }, values).Points[10];
        Assert.Equal(SpcRules.OutsideUpper | SpcRules.TrendDecreasing, point.Rules & (SpcRules.OutsideUpper | SpcRules.TrendDecreasing));
        Assert.Equal(SpcVariation.ImprovementHigh, point.Variation);
    }

    [Fact]
    public void Judge_MdcScreeningOn_DropsLargeRangesAndTheirPointsFromTheMean()
    {
        double[] values = [1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1];
        var group = Series.Judge(Mdc with { ScreenOutliers = true }, values).Groups[0];
        // Ranges 8 and 9 exceed 3.267 × 32/17, so the values 10 and the 1 after it leave the mean.
        Assert.Equal(2, group.ExcludedMovingRanges);
        Assert.Equal(24.0 / 16, group.Mean, 12);
        Assert.Equal(1.0, group.MovingRangeMeanUsed!.Value, 12);
        Assert.Equal(1.5 + 2.66, group.Upper!.Value, 12);
    }

    [Fact]
    public void Judge_MdcFixAfter_BaselineLimitsHoldAndSplitShiftWindows()
    {
        // The run above the baseline mean is points 12–18: two inside the baseline, five after it.
        double[] values = [0, 2, 0, 2, 0, 2, 0, 2, 0, 2, 0, 2, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 0];
        var result = Series.Judge(Mdc with { FixAfter = 13 }, values);
        Assert.Equal([13, 6], result.Groups.Select(g => g.Count));
        Assert.Equal(result.Groups[0].Upper, result.Groups[1].Upper);
        Assert.Equal(13, result.Groups[1].LimitPoints);
        Assert.DoesNotContain(result.Points, p => p.Rules.HasFlag(SpcRules.ShiftAbove));
        // Fixing the same limits without splitting the windows lets the seven points make one shift.
        var unsplit = Series.Judge(Mdc with { Profile = SpcProfile.Mdc with { FixAfterIsSingleBaseline = false }, FixAfter = 13 }, values);
        Assert.Equal(7, unsplit.Points.Count(p => p.Rules.HasFlag(SpcRules.ShiftAbove)));
    }

    [Fact]
    public void Judge_TargetExactlyOnLimit_PassOrFailForMdcButHitAndMissForPackage()
    {
        Assert.Equal(SpcAssurance.ConsistentlyFail, AssuranceRule.Judge(5, 1, 5, ImprovementDirection.Increase, inclusive: true));
        Assert.Equal(SpcAssurance.ConsistentlyPass, AssuranceRule.Judge(1, 1, 5, ImprovementDirection.Increase, inclusive: true));
        Assert.Equal(SpcAssurance.HitAndMiss, AssuranceRule.Judge(5, 1, 5, ImprovementDirection.Increase, inclusive: false));
        Assert.Equal(SpcAssurance.ConsistentlyPass, AssuranceRule.Judge(5, 1, 5, ImprovementDirection.Decrease, inclusive: true));
    }

    [Fact]
    public void Judge_NhsrFlatSeries_HasUndefinedLimitsAndNoSignal()
    {
        var result = Series.Judge(Nhsr with { Target = 1 }, [.. Enumerable.Repeat(4.0, 15)]);
        Assert.All(result.Points, p => Assert.Null(p.Upper));
        Assert.All(result.Points, p => Assert.Equal(SpecialCause.None, p.SpecialCause));
        Assert.Equal(SpcVariation.CommonCause, result.VariationIcon);
        Assert.Null(result.AssuranceIcon);
        Assert.True(result.Warnings.HasFlag(SpcWarnings.UndefinedLimits));
    }

    [Fact]
    public void Judge_NhsrFlatBaselineThenRise_GivesNoSignalInThatGroup()
    {
        double[] values = [.. Enumerable.Repeat(4.0, 12), 5, 6, 7, 8, 9, 10, 11];
        var result = Series.Judge(Nhsr with { FixAfter = 12 }, values);
        Assert.All(result.Points, p => Assert.Equal(SpcRules.None, p.Rules));
    }

    [Fact]
    public void Judge_MdcSinglePointAfterRebase_GivesThatPointNoSignal()
    {
        double[] values = [5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 100];
        var result = Series.Judge(Mdc with { RebaseAt = ["14"] }, values);
        Assert.Null(result.Points[^1].Upper);
        Assert.Equal(SpcVariation.CommonCause, result.VariationIcon);
        Assert.True(result.Warnings.HasFlag(SpcWarnings.UndefinedLimits | SpcWarnings.ShortGroup));
    }
}
