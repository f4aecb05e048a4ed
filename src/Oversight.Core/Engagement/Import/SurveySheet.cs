using Oversight.Core.Performance.Submissions;

namespace Oversight.Core.Engagement.Import;

/// A survey tool's export as a header and lines of cells, whatever its columns.
public sealed record SurveySheet(SheetLine? Header, IReadOnlyList<SheetLine> Lines, IReadOnlyList<RowError> Errors)
{
    public IReadOnlyList<string> Headings =>
        Header is null ? [] : [.. Header.Cells.Select(c => c?.Trim() ?? "")];

    /// Reads a CSV (any line ending, with or without a byte order mark) or an Excel workbook's first sheet.
    /// The first non-blank line is the header.
    public static SurveySheet Read(string fileName, byte[] content)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (extension is not (".csv" or ".xlsx"))
        {
            return new(null, [], [new(0, "file", "The selected file must be a CSV or an Excel (.xlsx) file")]);
        }

        var lines = new List<SheetLine>();
        var errors = new List<RowError>();
        // The measure-data readers already handle BOMs, quoting and Excel's types; their header check is not
        // used here, so their lines are taken raw.
        var table = extension == ".csv" ? RawCsv.Read(content, errors) : RawXlsx.Read(content, errors);
        lines.AddRange(table.Where(l => l.Cells.Any(c => !string.IsNullOrWhiteSpace(c))));
        if (errors.Count > 0)
        {
            return new(null, [], errors);
        }

        if (lines.Count == 0)
        {
            return new(null, [], [new(0, "file", "The selected file is empty")]);
        }

        if (lines.Count == 1)
        {
            return new(lines[0], [], [new(0, "file", "The selected file has a header but no responses")]);
        }

        return new(lines[0], lines.Skip(1).ToList(), []);
    }
}
