using System.Globalization;
using Oversight.Core.Performance.Submissions;
using Oversight.Core.Uploads;

namespace Oversight.Core.Engagement.Import;

/// A survey tool's export as a header and lines of cells, whatever its columns. <see cref="ReadAs"/> is the
/// encoding a CSV that was not UTF-8 was read in, for the person to confirm on the preview.
public sealed record SurveySheet(SheetLine? Header, IReadOnlyList<SheetLine> Lines, IReadOnlyList<RowError> Errors, string? ReadAs = null)
{
    public IReadOnlyList<string> Headings =>
        Header is null ? [] : [.. Header.Cells.Select(c => c?.Trim() ?? "")];

    /// Reads a CSV (any line ending, UTF-8 or UTF-16, or Windows-1252 to be confirmed) or an Excel workbook's
    /// first sheet through the upload gate, within its limits; a stored file is read again the same way. The
    /// first non-blank line is the header.
    public static SurveySheet Read(string fileName, byte[] content)
    {
        var sheet = Sheet.Read(UploadRules.ConsultationResponses, UploadedFile.From(fileName, content), Text);
        var lines = sheet.Lines.Where(l => l.Cells.Any(c => !string.IsNullOrWhiteSpace(c))).ToList();
        if (sheet.Problems.Count > 0)
        {
            return new(null, [], [.. sheet.Problems.Select(p => new RowError(p.Line, "file", p.Message))]);
        }

        if (lines.Count == 0)
        {
            return new(null, [], [new(0, "file", "The selected file is empty")]);
        }

        if (lines.Count == 1)
        {
            return new(lines[0], [], [new(0, "file", "The selected file has a header but no responses")]);
        }

        return new(lines[0], lines.Skip(1).ToList(), [], sheet.ReadAs);
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
