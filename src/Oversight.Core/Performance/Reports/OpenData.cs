using Oversight.Core.Documents;
using Oversight.Core.Spreadsheets;
using Oversight.Domain.Plan;

namespace Oversight.Core.Performance.Reports;

/// One published value as open data. Value is null and Suppressed true where a count is below 5.
public sealed record OpenDataRow(string MeasureId, string Measure, string Theme, string Area, string Period, double? Value, bool Suppressed);

/// A published report's values as open data: every point of every measure's published series (or its latest value
/// where the snapshot kept no series), with small counts withheld, not just hidden, so no download can reveal them.
public static class OpenData
{
    public static IReadOnlyList<OpenDataRow> Rows(ReportSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var rows = new List<OpenDataRow>();
        foreach (var theme in snapshot.Themes)
        {
            foreach (var measure in theme.Measures)
            {
                var points = measure.Series?.Select(p => (p.Period, (double?)p.Value))
                    ?? (measure.LatestPeriod is null ? [] : [(measure.LatestPeriod, measure.LatestValue)]);
                foreach (var (period, value) in points)
                {
                    var suppressed = measure.Unit == MeasureUnit.Count && value < SmallCounts.SuppressBelow;
                    rows.Add(new OpenDataRow(measure.Id, measure.Name, theme.Title, snapshot.Area, period, suppressed ? null : value, suppressed));
                }
            }
        }

        return rows;
    }

    public static byte[] Csv(IReadOnlyList<OpenDataRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return SpreadsheetWriter.Csv(new Sheet(
            "data",
            ["measure_id", "measure", "theme", "area", "period", "value", "suppressed"],
            rows.Select(r => (IReadOnlyList<object?>)[r.MeasureId, r.Measure, r.Theme, r.Area, r.Period, r.Value, r.Suppressed])));
    }
}
