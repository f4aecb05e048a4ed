using System.Globalization;
using System.Xml;
using MiniExcelLibs;

namespace Oversight.Core.Performance.Submissions;

/// Reads the first sheet of an Excel workbook; line numbers are Excel's row numbers.
public static class XlsxSheet
{
    public static UploadTable Read(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var lines = new List<SheetLine>();
        try
        {
            using var stream = new MemoryStream(content);
            var row = 0;
            // MiniExcel yields an empty row for every gap, so counting rows gives Excel's row numbers.
            foreach (IDictionary<string, object?> cells in stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX))
            {
                row++;
                lines.Add(new SheetLine(row, cells.Values.Select(Text).ToList()));
            }
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or InvalidOperationException or NotSupportedException)
        {
            return new([], [new(0, "file", "The selected file could not be read as an Excel workbook")]);
        }

        return UploadTable.From(lines, []);
    }

    private static string? Text(object? cell) => cell switch
    {
        null => null,
        // Excel turns a typed "2024-05" into a date; the first of a month means that month.
        DateTime { Day: 1 } date => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString(),
    };
}
