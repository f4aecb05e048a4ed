using Oversight.Core.Spreadsheets;
using Oversight.Domain.Performance.Periods;
using Oversight.Domain.Plan;

namespace Oversight.Core.Performance.Submissions;

/// A file to fill in for one measure: the template's columns, with a row for each area for the last full period.
public static class UploadTemplate
{
    public static byte[] Csv(Measure measure, IReadOnlyList<string> areas, DateOnly today) => SpreadsheetWriter.Csv(Values(measure, areas, today));

    public static byte[] Xlsx(Measure measure, IReadOnlyList<string> areas, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(measure);
        IReadOnlyList<object?>[] guidance =
        [
            ["Measure", $"{measure.Name} ({measure.Id})"],
            ["Unit", Describe(measure.Unit)],
            ["Period", $"{measure.Frequency}, written like {ReportingPeriodParser.Example(measure.Frequency)}"],
            ["Area", string.Join(", ", areas)],
            ["Numerator and denominator", "Optional; give both or neither"],
        ];
        return SpreadsheetWriter.Xlsx([Values(measure, areas, today), new Sheet("guidance", ["about", "detail"], guidance)]);
    }

    public static string FileName(Measure measure, string extension)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return $"{measure.Id}-template.{extension}";
    }

    private static string Describe(MeasureUnit unit) => unit switch
    {
        MeasureUnit.Percentage => "Percentage, from 0 to 100",
        MeasureUnit.RatePer1000 => "Rate per 1,000 people",
        MeasureUnit.Count => "Count, a whole number",
        _ => unit.ToString(),
    };

    // Cells are text, so Excel keeps "2024-05" as a period rather than turning it into a date.
    private static Sheet Values(Measure measure, IReadOnlyList<string> areas, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var period = ReportingPeriod.Containing(today, measure.Frequency).Previous().Text;
        return new Sheet("values", UploadColumns.All, areas.Select(area => (IReadOnlyList<object?>)[.. UploadColumns.All.Select(c => c switch
        {
            UploadColumns.Period => period,
            UploadColumns.Area => area,
            _ => (object?)null,
        })]).ToList());
    }

    /// A return of several measures (a body's Victims' Code compliance return): a row per measure for the last full
    /// period, for the whole force area.
    public static byte[] ReturnCsv(IReadOnlyList<Measure> measures, DateOnly today) => SpreadsheetWriter.Csv(ReturnValues(measures, today));

    public static byte[] ReturnXlsx(IReadOnlyList<Measure> measures, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(measures);
        var guidance = measures.Select(m => (IReadOnlyList<object?>)[m.Id, m.Name, Describe(m.Unit), m.Description]).ToList();
        return SpreadsheetWriter.Xlsx([ReturnValues(measures, today), new Sheet("guidance", ["measure", "name", "unit", "what it counts"], guidance)]);
    }

    private static Sheet ReturnValues(IReadOnlyList<Measure> measures, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(measures);
        var columns = UploadColumns.ByMeasure.All;
        return new Sheet("values", columns, measures.Select(m => (IReadOnlyList<object?>)[.. columns.Select(c => c switch
        {
            UploadColumns.Measure => m.Id,
            UploadColumns.Period => ReportingPeriod.Containing(today, m.Frequency).Previous().Text,
            _ => (object?)null,
        })]).ToList());
    }
}
