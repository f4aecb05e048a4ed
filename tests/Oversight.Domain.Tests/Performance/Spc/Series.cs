using Oversight.Domain.Performance.Spc;

namespace Oversight.Domain.Tests.Performance.Spc;

/// <summary>Builds small hand-made series with numbered periods.</summary>
public static class Series
{
    public static SpcObservation[] Of(params double[] values) =>
        [.. values.Select((v, i) => new SpcObservation((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), v))];

    public static SpcResult Judge(SpcOptions options, params double[] values) => SpcChart.Judge(Of(values), options);

    public static string[] Causes(SpcResult result) => [.. result.Points.Select(p => SpcNames.Of(p.SpecialCause))];
}
