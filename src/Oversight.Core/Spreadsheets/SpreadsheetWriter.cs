using System.Buffers;
using System.Globalization;
using System.Text;
using MiniExcelLibs;

namespace Oversight.Core.Spreadsheets;

/// One sheet to write: its name (used only in a workbook), column titles, and rows of cells in column order.
/// A cell is text, a number, a boolean, a date or null; text is neutralised, everything else is written as itself.
public sealed record Sheet(string Name, IReadOnlyList<string> Columns, IEnumerable<IReadOnlyList<object?>> Rows);

/// The one writer of every CSV and XLSX file the app produces (open data, exports, templates, report annexes).
/// Text that a spreadsheet would run as a formula is neutralised as the OWASP CSV injection guidance says, so a
/// project title such as <c>=HYPERLINK(…)</c> typed by an applicant is shown, never evaluated, by whoever opens it.
public static class SpreadsheetWriter
{
    public const string CsvType = "text/csv; charset=utf-8";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // Characters that make Excel, LibreOffice or Google Sheets treat a cell as a formula (or, tab and carriage
    // return, that shift it into one after a paste).
    private static readonly SearchValues<char> FormulaStart = SearchValues.Create("=+-@\t\r");
    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");

    /// Text as it is safe to put in a cell: prefixed with a single quote when it begins with a formula character.
    public static string Neutralise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && FormulaStart.Contains(text[0]) ? "'" + text : text;
    }

    /// RFC 4180 CSV in UTF-8 with a byte order mark (so Excel keeps accents and symbols), lines ending CRLF.
    public static byte[] Csv(Sheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var csv = new StringBuilder();
        AppendLine(csv, sheet.Columns.Select(c => (object?)c).ToList());
        foreach (var row in sheet.Rows)
        {
            Check(sheet, row);
            AppendLine(csv, row);
        }

        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(csv.ToString())];
    }

    /// A workbook with a sheet per <see cref="Sheet"/>, in order; numbers are number cells, text is text cells.
    public static byte[] Xlsx(IReadOnlyList<Sheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        var workbook = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var sheet in sheets)
        {
            var rows = new List<Dictionary<string, object?>>();
            foreach (var row in sheet.Rows)
            {
                Check(sheet, row);
                var cells = new Dictionary<string, object?>(StringComparer.Ordinal);
                for (var i = 0; i < sheet.Columns.Count; i++)
                {
                    cells[sheet.Columns[i]] = XlsxCell(row[i]);
                }

                rows.Add(cells);
            }

            workbook[sheet.Name] = rows;
        }

        using var buffer = new MemoryStream();
        buffer.SaveAs(workbook, excelType: ExcelType.XLSX);
        return buffer.ToArray();
    }

    private static void Check(Sheet sheet, IReadOnlyList<object?> row)
    {
        if (row.Count != sheet.Columns.Count)
        {
            throw new ArgumentException($"A row of sheet \"{sheet.Name}\" has {row.Count} cells for {sheet.Columns.Count} columns", nameof(sheet));
        }
    }

    private static void AppendLine(StringBuilder csv, IReadOnlyList<object?> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }

            var text = CsvText(cells[i]);
            if (text.AsSpan().ContainsAny(NeedsQuotes))
            {
                csv.Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                csv.Append(text);
            }
        }

        csv.Append("\r\n");
    }

    // Numbers culture-invariant at full precision and never neutralised: -3.5 is a number, not a formula.
    private static string CsvText(object? value) => value switch
    {
        null => "",
        string text => Neutralise(text),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        int or long or decimal => ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"A cell cannot hold a {value.GetType().Name}", nameof(value)),
    };

    private static object? XlsxCell(object? value) => value switch
    {
        null => null,
        string text => Neutralise(text),
        // Dates as ISO text, as in the CSV, so no locale turns them into another day.
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double or float or int or long or decimal or bool => value,
        _ => throw new ArgumentException($"A cell cannot hold a {value.GetType().Name}", nameof(value)),
    };
}
