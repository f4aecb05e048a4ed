using Oversight.Core.Performance.Sharing;
using Oversight.Core.Spreadsheets;
using Oversight.Domain.Performance.Spc;

namespace Oversight.Web.Api;

/// The partnership dashboard's series as one CSV: a row per measure and period in range.
public static class PartnershipCsv
{
    public static byte[] Write(IEnumerable<RangeSeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        return SpreadsheetWriter.Csv(new Sheet(
            "partnership",
            ["measure_id", "measure", "area", "period", "value", "mean", "lpl", "upl", "special_cause"],
            series.SelectMany(s => s.Points.Select(p => (IReadOnlyList<object?>)
                [s.Measure.Id, s.Measure.Name, s.Area, p.Period, p.Value, p.Mean, p.Lower, p.Upper, SpcNames.Of(p.SpecialCause)]))));
    }
}
