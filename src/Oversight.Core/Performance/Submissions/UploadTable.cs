namespace Oversight.Core.Performance.Submissions;

/// The rows of an upload once its header has been matched to the template's columns.
public sealed record UploadTable(IReadOnlyList<RawRow> Rows, IReadOnlyList<RowError> Errors)
{
    /// Reads the first non-blank line as the header and every later non-blank line as a row.
    public static UploadTable From(IEnumerable<SheetLine> lines, IReadOnlyList<RowError> readErrors)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var errors = new List<RowError>(readErrors);
        var content = lines.Where(l => l.Cells.Any(c => !string.IsNullOrWhiteSpace(c))).ToList();
        if (content.Count == 0)
        {
            return new([], [new(0, "file", "The selected file is empty")]);
        }

        var header = content[0];
        var columns = Columns(header, errors);
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
            Cell(line, columns, UploadColumns.Notes))).ToList();
        if (rows.Count == 0)
        {
            errors.Add(new(0, "file", "The selected file has a header but no rows of values"));
        }

        return new(rows, errors);
    }

    private static Dictionary<string, int> Columns(SheetLine header, List<RowError> errors)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Cells.Count; i++)
        {
            var heading = header.Cells[i]?.Trim() ?? "";
            if (heading.Length == 0)
            {
                continue;
            }

            var column = UploadColumns.All.FirstOrDefault(c => string.Equals(c, heading, StringComparison.OrdinalIgnoreCase));
            if (column is null)
            {
                errors.Add(new(header.Line, heading, $"Use only the template's columns: {string.Join(", ", UploadColumns.All)}"));
            }
            else if (!columns.TryAdd(column, i))
            {
                errors.Add(new(header.Line, heading, $"Include the \"{column}\" column only once"));
            }
        }

        foreach (var missing in UploadColumns.Required.Where(c => !columns.ContainsKey(c)))
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
}
