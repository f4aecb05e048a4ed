using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Oversight.Core.Performance.Submissions;

/// Reads a CSV file's lines. A byte order mark and either line ending (CRLF or LF) are accepted.
public static class CsvSheet
{
    public static UploadTable Read(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var errors = new List<RowError>();
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
            // N.B. RawRow is the physical line, so lines skipped as blank still count, as in a text editor.
            lines.Add(new SheetLine(parser.RawRow, parser.Record ?? []));
        }

        return UploadTable.From(lines, errors);
    }
}
