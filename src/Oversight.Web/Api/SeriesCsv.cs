using System.Globalization;
using System.Text;
using Oversight.Domain.Performance.Spc;

namespace Oversight.Web.Api;

/// A judged series as CSV: one row per period, numbers culture-invariant at full precision.
public static class SeriesCsv
{
    public static string Write(SpcResult chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var csv = new StringBuilder("period,value,mean,lpl,upl,special_cause\n");
        foreach (var p in chart.Points)
        {
            csv.Append(Field(p.Period)).Append(',')
                .Append(Number(p.Value)).Append(',')
                .Append(Number(p.Mean)).Append(',')
                .Append(Number(p.Lower)).Append(',')
                .Append(Number(p.Upper)).Append(',')
                .Append(SpcNames.Of(p.SpecialCause)).Append('\n');
        }

        return csv.ToString();
    }

    internal static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";

    // Periods such as "2024-25 Q3" need no quoting, but a configured label could contain a comma or quote.
    internal static string Field(string text) =>
        text.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
