using System.Globalization;
using Oversight.Core.Uploads;

namespace Oversight.Core.Performance.Submissions;

/// The rows of an upload once its header has been matched to the template's columns; <see cref="ReadAs"/> is
/// the encoding a CSV that was not UTF-8 was read in, for the person to confirm on the preview.
public sealed record UploadTable(IReadOnlyList<RawRow> Rows, IReadOnlyList<RowError> Errors, string? ReadAs = null)
{
    /// Reads a CSV or an Excel workbook's first sheet through the upload gate, within measure data's limits.
    public static UploadTable Read(UploadedFile file) => Read(file, UploadColumns.OneMeasure);

    /// Reads a file laid out in <paramref name="layout"/>'s columns.
    public static UploadTable Read(UploadedFile file, UploadLayout layout)
    {
        var sheet = Sheet.Read(UploadRules.MeasureData, file, Text);
        var table = From(sheet, layout);
        return table with { ReadAs = sheet.ReadAs };
    }

    /// Reads the first non-blank line as the header and every later non-blank line as a row.
    public static UploadTable From(Sheet sheet) => From(sheet, UploadColumns.OneMeasure);

    public static UploadTable From(Sheet sheet, UploadLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(sheet);
        var content = sheet.Lines.Where(l => l.Cells.Any(c => !string.IsNullOrWhiteSpace(c))).ToList();
        var errors = sheet.Problems.Select(p => new RowError(p.Line, "file", p.Message)).ToList();
        if (errors.Any(e => e.Line == 0))
        {
            return new([], errors);
        }

        if (content.Count == 0)
        {
            return new([], [new(0, "file", "The selected file is empty")]);
        }

        var header = content[0];
        var columns = Columns(header, layout, errors);
        if (errors.Count > 0)
        {
            return new([], errors);
        }

        var rows = content.Skip(1).Select(line => new RawRow(
            line.Line,
            Cell(line, columns, UploadColumns.Period),
            Cell(line, columns, UploadColumns.Area),
            Cell(line, columns, UploadColumns.Value),
            Cell(line, columns, UploadColumns.Numerator),
            Cell(line, columns, UploadColumns.Denominator),
            Cell(line, columns, UploadColumns.Notes),
            Cell(line, columns, UploadColumns.Measure))).ToList();
        if (rows.Count == 0)
        {
            errors.Add(new(0, "file", "The selected file has a header but no rows of values"));
        }

        return new(rows, errors);
    }

    private static Dictionary<string, int> Columns(SheetLine header, UploadLayout layout, List<RowError> errors)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Cells.Count; i++)
        {
            var heading = header.Cells[i]?.Trim() ?? "";
            if (heading.Length == 0)
            {
                continue;
            }

            var column = layout.All.FirstOrDefault(c => string.Equals(c, heading, StringComparison.OrdinalIgnoreCase));
            if (column is null)
            {
                errors.Add(new(header.Line, heading, $"Use only the template's columns: {string.Join(", ", layout.All)}"));
            }
            else if (!columns.TryAdd(column, i))
            {
                errors.Add(new(header.Line, heading, $"Include the \"{column}\" column only once"));
            }
        }

        foreach (var missing in layout.Required.Where(c => !columns.ContainsKey(c)))
        {
            errors.Add(new(header.Line, missing, $"Add a column headed \"{missing}\""));
        }

        return columns;
    }

    private static string? Cell(SheetLine line, Dictionary<string, int> columns, string column)
    {
        if (!columns.TryGetValue(column, out var index) || index >= line.Cells.Count)
        {
            return null;
        }

        var text = line.Cells[index]?.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
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
