using System.Text;
using Oversight.Core.Performance.Sharing;
using Oversight.Domain.Performance.Spc;

namespace Oversight.Web.Api;

/// The partnership dashboard's series as one CSV: a row per measure and period in range.
public static class PartnershipCsv
{
    public static string Write(IEnumerable<RangeSeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var csv = new StringBuilder("measure_id,measure,area,period,value,mean,lpl,upl,special_cause\n");
        foreach (var s in series)
        {
            foreach (var p in s.Points)
            {
                csv.Append(SeriesCsv.Field(s.Measure.Id)).Append(',')
                    .Append(SeriesCsv.Field(s.Measure.Name)).Append(',')
                    .Append(SeriesCsv.Field(s.Area)).Append(',')
                    .Append(SeriesCsv.Field(p.Period)).Append(',')
                    .Append(SeriesCsv.Number(p.Value)).Append(',')
                    .Append(SeriesCsv.Number(p.Mean)).Append(',')
                    .Append(SeriesCsv.Number(p.Lower)).Append(',')
                    .Append(SeriesCsv.Number(p.Upper)).Append(',')
                    .Append(SpcNames.Of(p.SpecialCause)).Append('\n');
            }
        }

        return csv.ToString();
    }
}
