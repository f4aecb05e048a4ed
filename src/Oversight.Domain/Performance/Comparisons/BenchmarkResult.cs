namespace Oversight.Domain.Performance.Comparisons;

/// <summary>An area's rate set against a benchmark rate, with the area's exact Poisson confidence interval; rates are per 1,000 population.</summary>
/// <param name="Period">The period compared.</param>
/// <param name="Rate">The area's rate.</param>
/// <param name="LowerRate">Lower confidence limit of the area's rate.</param>
/// <param name="UpperRate">Upper confidence limit of the area's rate.</param>
/// <param name="BenchmarkRate">The benchmark's rate.</param>
/// <param name="Judgement">Better, similar or worse (higher or lower for a measure with no better direction).</param>
public sealed record BenchmarkResult(string Period, double Rate, double LowerRate, double UpperRate, double BenchmarkRate, BenchmarkJudgement Judgement);
