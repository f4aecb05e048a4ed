using System.Globalization;
using System.Text;
using CsvHelper;
using MiniExcelLibs;
using Oversight.Domain.Performance.Periods;
using Oversight.Domain.Plan;

namespace Oversight.Core.Performance.Submissions;

/// A file to fill in for one measure: the template's columns, with a row for each area for the last full period.
public static class UploadTemplate
{
    public static byte[] Csv(Measure measure, IReadOnlyList<string> areas, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(measure);
        using var buffer = new MemoryStream();
        // N.B. the byte order mark makes Excel open the file as UTF-8, so notes keep their accents and symbols.
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            foreach (var column in UploadColumns.All)
            {
                csv.WriteField(column);
            }

            csv.NextRecord();
            foreach (var row in Rows(measure, areas, today))
            {
                foreach (var column in UploadColumns.All)
                {
                    csv.WriteField(row[column]);
                }

                csv.NextRecord();
            }
        }

        return buffer.ToArray();
    }

    public static byte[] Xlsx(Measure measure, IReadOnlyList<string> areas, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var guidance = new[]
        {
            new { about = "Measure", detail = $"{measure.Name} ({measure.Id})" },
            new { about = "Unit", detail = Describe(measure.Unit) },
            new { about = "Period", detail = $"{measure.Frequency}, written like {ReportingPeriodParser.Example(measure.Frequency)}" },
            new { about = "Area", detail = string.Join(", ", areas) },
            new { about = "Numerator and denominator", detail = "Optional; give both or neither" },
        };
        var sheets = new Dictionary<string, object>
        {
            ["values"] = Rows(measure, areas, today),
            ["guidance"] = guidance,
        };
        using var buffer = new MemoryStream();
        buffer.SaveAs(sheets, excelType: ExcelType.XLSX);
        return buffer.ToArray();
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
    private static List<Dictionary<string, object?>> Rows(Measure measure, IReadOnlyList<string> areas, DateOnly today)
    {
        var period = ReportingPeriod.Containing(today, measure.Frequency).Previous().Text;
        return areas.Select(area => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [UploadColumns.Period] = period,
            [UploadColumns.Area] = area,
            [UploadColumns.Value] = null,
            [UploadColumns.Numerator] = null,
            [UploadColumns.Denominator] = null,
            [UploadColumns.Notes] = null,
        }).ToList();
    }
}
