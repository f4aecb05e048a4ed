using System.Globalization;
using System.Text;
using System.Xml;
using CsvHelper;
using CsvHelper.Configuration;
using MiniExcelLibs;
using Oversight.Core.Performance.Submissions;

namespace Oversight.Core.Engagement.Import;

internal static class RawCsv
{
    public static List<SheetLine> Read(byte[] content, List<RowError> errors)
    {
        var lines = new List<SheetLine>();
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = false,
            DetectColumnCountChanges = false,
            BadDataFound = args => errors.Add(new(args.Context.Parser?.RawRow ?? 0, "file",
                "Put quote marks only around a whole cell, and double any quote mark inside one")),
        };
        using var reader = new StreamReader(new MemoryStream(content), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var parser = new CsvParser(reader, configuration);
        while (parser.Read())
        {
            lines.Add(new SheetLine(parser.RawRow, parser.Record ?? []));
        }

        return lines;
    }
}

internal static class RawXlsx
{
    public static List<SheetLine> Read(byte[] content, List<RowError> errors)
    {
        var lines = new List<SheetLine>();
        try
        {
            using var stream = new MemoryStream(content);
            var row = 0;
            foreach (IDictionary<string, object?> cells in stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX))
            {
                row++;
                lines.Add(new SheetLine(row, cells.Values.Select(Text).ToList()));
            }
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or InvalidOperationException or NotSupportedException)
        {
            errors.Add(new(0, "file", "The selected file could not be read as an Excel workbook"));
        }

        return lines;
    }

    private static string? Text(object? cell) => cell switch
    {
        null => null,
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString(),
    };
}
