using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace Oversight.Bench;

/// <summary>
/// A short single-process job, so the whole run takes a few minutes on the 2-core machine. The
/// benchmarks are single-threaded, so every figure is for one core. Min and median are shown
/// beside the mean because the machine is shared and other work inflates the mean.
/// </summary>
public sealed class ShortConfig : ManualConfig
{
    public ShortConfig()
    {
        Add(DefaultConfig.Instance);
        AddJob(Job.ShortRun.WithWarmupCount(3).WithIterationCount(15));
        AddColumn(StatisticColumn.Min, StatisticColumn.Median);
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
