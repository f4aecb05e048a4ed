using Oversight.Core.Spreadsheets;
using Oversight.Domain.Performance.Spc;

namespace Oversight.Web.Api;

/// A judged series as CSV: one row per period, numbers culture-invariant at full precision.
public static class SeriesCsv
{
    public static byte[] Write(SpcResult chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return SpreadsheetWriter.Csv(new Sheet(
            "series",
            ["period", "value", "mean", "lpl", "upl", "special_cause"],
            chart.Points.Select(p => (IReadOnlyList<object?>)[p.Period, p.Value, p.Mean, p.Lower, p.Upper, SpcNames.Of(p.SpecialCause)])));
    }
}
