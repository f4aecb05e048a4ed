using FsCheck;
using FsCheck.Fluent;
using Oversight.Domain.Performance;
using Oversight.Domain.Performance.Spc;

namespace Oversight.Domain.Tests.Performance.Spc;

/// <summary>Invariances any correct XmR judgement has, checked on generated series under both profiles.</summary>
public class SpcPropertyTests
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(400);

    [Fact]
    public void Judge_ConstantAdded_ShiftsMeanAndLimitsAndKeepsEverySignal()
    {
        var cases = from c in SpcCase.Noisy().Generator
                    from shift in Gen.Choose(-100_000, 100_000).Select(i => i / 97.0)
                    select (c, shift);
        Check.One(Config, Prop.ForAll(cases.ToArbitrary(), pair =>
        {
            var (c, shift) = pair;
            var (before, after) = (new SpcWorkspace(), new SpcWorkspace());
            var summary = c.Judge(before);
            var shifted = c.WithValues(v => v + shift).Judge(after);
            AssertSameSignals(before, after, summary, shifted);
            AssertMapped(before, after, v => v + shift);
        }));
    }

    [Fact]
    public void Judge_ScaledByPositiveFactor_ScalesMeanAndLimitsAndKeepsEverySignal()
    {
        var cases = from c in SpcCase.Noisy().Generator
                    from factor in Gen.Choose(1, 100_000).Select(i => i / 331.0)
                    select (c, factor);
        Check.One(Config, Prop.ForAll(cases.ToArbitrary(), pair =>
        {
            var (c, factor) = pair;
            var (before, after) = (new SpcWorkspace(), new SpcWorkspace());
            var summary = c.Judge(before);
            var scaled = c.WithValues(v => v * factor).Judge(after);
            AssertSameSignals(before, after, summary, scaled);
            AssertMapped(before, after, v => v * factor);
        }));
    }

    [Fact]
    public void Judge_TiedWholeNumbersScaledByPowerOfTwo_KeepsEverySignalExactly()
    {
        // Scaling by a power of two is exact in floating point, so even ties must survive it.
        var cases = from c in SpcCase.Whole().Generator
                    from power in Gen.Choose(-8, 8)
                    select (c, Math.ScaleB(1, power));
        Check.One(Config, Prop.ForAll(cases.ToArbitrary(), pair =>
        {
            var (c, factor) = pair;
            var (before, after) = (new SpcWorkspace(), new SpcWorkspace());
            var summary = c.Judge(before);
            var scaled = c.WithValues(v => v * factor).Judge(after);
            AssertSameSignals(before, after, summary, scaled);
            Assert.Equal(before.UpperLimits.ToArray().Select(u => u * factor), after.UpperLimits.ToArray());
        }));
    }

    [Fact]
    public void Judge_ImprovementDirectionReversed_SwapsImprovementAndConcern()
    {
        var cases = SpcCase.Noisy().Generator.Where(c => c.Options.Improvement != ImprovementDirection.Neutral);
        Check.One(Config, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var reversed = c with { Options = c.Options with { Improvement = Reverse(c.Options.Improvement) } };
            var (before, after) = (new SpcWorkspace(), new SpcWorkspace());
            c.Judge(before);
            reversed.Judge(after);
            for (var i = 0; i < c.Values.Length; i++)
            {
                var (was, now) = (before.Variations[i].ToSpecialCause(), after.Variations[i].ToSpecialCause());
                // Under "improvement wins" a point in both kinds of pattern is improvement either way.
                var conflicted = c.Options.Profile.Conflicts == ConflictRule.ImprovementWins && PointClassifier.IsConflict(before.Rules[i]);
                Assert.Equal(conflicted ? SpecialCause.Improvement : Swap(was), now);
            }
        }));
    }

    [Fact]
    public void Judge_AnySeries_LimitsSymmetricAboutTheMean()
    {
        Check.One(Config, Prop.ForAll(SpcCase.Noisy(), c =>
        {
            var workspace = new SpcWorkspace();
            c.Judge(workspace);
            foreach (var g in workspace.Groups.ToArray().Where(g => g.HasLimits))
            {
                Assert.Equal(g.Upper - g.Mean, g.Mean - g.Lower, 1e-9 * (1 + Math.Abs(g.Mean)));
                Assert.Equal(g.UpperTwoSigma - g.Mean, g.Mean - g.LowerTwoSigma, 1e-9 * (1 + Math.Abs(g.Mean)));
                Assert.True(g.Lower <= g.LowerTwoSigma && g.UpperTwoSigma <= g.Upper);
            }
        }));
    }

    [Fact]
    public void Judge_AnySeries_RunRulesFlagRunsOfAtLeastTheProfileLength()
    {
        Check.One(Config, Prop.ForAll(SpcCase.Noisy(), c =>
        {
            var workspace = new SpcWorkspace();
            c.Judge(workspace);
            var profile = c.Options.Profile;
            // A group too short for limits has its signals cleared, so a trend that crosses into it
            // (under a profile whose trends cross groups) is cut at its edge and may look short.
            var limitless = new bool[c.Values.Length + 1];
            foreach (var g in workspace.Groups.ToArray().Where(g => !g.HasLimits))
            {
                Array.Fill(limitless, true, g.Start, g.Count);
            }

            foreach (var (rule, length) in new[] { (SpcRules.ShiftAbove, profile.ShiftLength), (SpcRules.ShiftBelow, profile.ShiftLength), (SpcRules.TrendIncreasing, profile.TrendLength), (SpcRules.TrendDecreasing, profile.TrendLength) })
            {
                var run = 0;
                for (var i = 0; i <= c.Values.Length; i++)
                {
                    var flagged = i < c.Values.Length && (workspace.Rules[i] & rule) != 0;
                    var cut = run > 0 && (limitless[i] || (i - run > 0 && limitless[i - run - 1]));
                    // Shared trend turning points can join two runs, so count only runs that end unflagged.
                    Assert.True(flagged || run == 0 || run >= length || cut, $"{rule} run of {run} ending at {i}");
                    run = flagged ? run + 1 : 0;
                }
            }
        }));
    }

    private static ImprovementDirection Reverse(ImprovementDirection d) =>
        d == ImprovementDirection.Increase ? ImprovementDirection.Decrease : ImprovementDirection.Increase;

    private static SpecialCause Swap(SpecialCause s) => s switch
    {
        SpecialCause.Improvement => SpecialCause.Concern,
        SpecialCause.Concern => SpecialCause.Improvement,
        _ => s,
    };

    private static void AssertSameSignals(SpcWorkspace before, SpcWorkspace after, SpcSummary a, SpcSummary b)
    {
        Assert.Equal(before.Rules.ToArray(), after.Rules.ToArray());
        Assert.Equal(before.Variations.ToArray(), after.Variations.ToArray());
        Assert.Equal(a, b);
    }

    private static void AssertMapped(SpcWorkspace before, SpcWorkspace after, Func<double, double> map)
    {
        for (var i = 0; i < before.Length; i++)
        {
            AssertClose(map(before.Means[i]), after.Means[i]);
            AssertClose(map(before.LowerLimits[i]), after.LowerLimits[i]);
            AssertClose(map(before.UpperLimits[i]), after.UpperLimits[i]);
        }
    }

    private static void AssertClose(double expected, double actual)
    {
        if (double.IsNaN(expected))
        {
            Assert.True(double.IsNaN(actual));
            return;
        }

        Assert.Equal(expected, actual, 1e-9 * (1 + Math.Abs(expected)));
    }
}
