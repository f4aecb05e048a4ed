using FsCheck;
using FsCheck.Fluent;
using Oversight.Domain.Performance;
using Oversight.Domain.Performance.Spc;

namespace Oversight.Domain.Tests.Performance.Spc;

/// <summary>A generated series with options, for property tests.</summary>
public sealed record SpcCase(double[] Values, int[] Rebases, SpcOptions Options)
{
    public override string ToString() =>
        $"{Options.Profile.Name} {Options.Improvement} screen={Options.ScreenOutliers} fix={Options.FixAfter} rebases=[{string.Join(',', Rebases)}] values=[{string.Join(", ", Values.Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))}]";

    /// <summary>
    /// Noisy series with a possible step and slope, so signals of every kind turn up. Values are
    /// fine-grained fractions, so exact ties with a limit or the mean are vanishingly rare.
    /// </summary>
    public static Arbitrary<SpcCase> Noisy() => Build(Gen.Choose(-50_000_000, 50_000_000).Select(i => i / 1_000_003.0)).ToArbitrary();

    /// <summary>Small whole numbers: full of ties with each other and, often, with the mean.</summary>
    public static Arbitrary<SpcCase> Whole() => Build(Gen.Choose(-6, 6).Select(i => (double)i)).ToArbitrary();

    public SpcSummary Judge(SpcWorkspace workspace) => SpcEngine.Judge(Values, Rebases, Options, workspace);

    /// <summary>The same case with every value, and the target, mapped; the target moves with the data so assurance is comparable.</summary>
    public SpcCase WithValues(Func<double, double> map) =>
        this with { Values = [.. Values.Select(map)], Options = Options with { Target = Options.Target is double t ? map(t) : null } };

    private static Gen<SpcCase> Build(Gen<double> noise) =>
        from length in Gen.Choose(1, 70)
        from raw in noise.ArrayOf(length)
        from stepAt in Gen.Choose(0, length)
        from step in Gen.Elements(0.0, 0.0, 8.0, -8.0, 40.0)
        from slope in Gen.Elements(0.0, 0.0, 0.7, -0.9)
        from profile in Gen.Elements(SpcProfile.Mdc, SpcProfile.NhsrPlotTheDots)
        from improvement in Gen.Elements(ImprovementDirection.Increase, ImprovementDirection.Decrease, ImprovementDirection.Neutral)
        from screen in Gen.Elements<bool?>(null, true, false)
        from fixAfter in Gen.Elements<int?>(null, null, 12, 20)
        from rebase in Gen.Choose(0, length - 1)
        from target in Gen.Elements<double?>(null, 0.0, 5.0, -5.0)
        select new SpcCase(
            [.. raw.Select((x, i) => x + (i >= stepAt ? step : 0) + (slope * i))],
            rebase > 0 ? [rebase] : [],
            new SpcOptions { Profile = profile, Improvement = improvement, ScreenOutliers = screen, FixAfter = fixAfter, Target = target });
}
