using BenchmarkDotNet.Attributes;
using Oversight.Domain.Performance;
using Oversight.Domain.Performance.Spc;

namespace Oversight.Bench;

/// <summary>
/// Judges 100,000 series of 60 points. Each benchmark reports time and allocation per series
/// (OperationsPerInvoke), so points per second is 60 divided by the mean.
/// </summary>
public class SpcBenchmarks
{
    private readonly SpcWorkspace _workspace = new(SeriesData.Length);
    private double[] _values = [];
    private SpcObservation[][] _observations = [];
    private SpcOptions _mdc = new();
    private SpcOptions _nhsr = new();

    [GlobalSetup]
    public void Setup()
    {
        _values = SeriesData.Create();
        _mdc = new SpcOptions { Profile = SpcProfile.Mdc, Improvement = ImprovementDirection.Decrease, Target = 300 };
        _nhsr = _mdc with { Profile = SpcProfile.NhsrPlotTheDots };
        var periods = Enumerable.Range(0, SeriesData.Length).Select(i => new DateOnly(2020, 1, 1).AddMonths(i).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        _observations = [.. Enumerable.Range(0, 1_000).Select(s => periods.Select((p, i) => new SpcObservation(p, _values[(s * SeriesData.Length) + i])).ToArray())];
    }

    /// <summary>The floor: one pass adding up the same values.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = SeriesData.SeriesCount)]
    public double PlainSum()
    {
        var total = 0.0;
        var values = _values.AsSpan();
        for (var i = 0; i < values.Length; i++)
        {
            total += values[i];
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = SeriesData.SeriesCount)]
    public int EngineMdc() => JudgeAll(_mdc);

    [Benchmark(OperationsPerInvoke = SeriesData.SeriesCount)]
    public int EngineNhsr() => JudgeAll(_nhsr);

    /// <summary>The friendly API (sorting periods, building records) on the first 1,000 series.</summary>
    [Benchmark(OperationsPerInvoke = 1_000)]
    public int ChartMdc()
    {
        var signals = 0;
        foreach (var series in _observations)
        {
            signals += SpcChart.Judge(series, _mdc).VariationIcon is SpcVariation.CommonCause ? 0 : 1;
        }

        return signals;
    }

    private int JudgeAll(SpcOptions options)
    {
        var signals = 0;
        for (var s = 0; s < SeriesData.SeriesCount; s++)
        {
            var summary = SpcEngine.Judge(_values.AsSpan(s * SeriesData.Length, SeriesData.Length), [], options, _workspace);
            signals += summary.VariationIcon is SpcVariation.CommonCause ? 0 : 1;
        }

        return signals;
    }
}
