using System.Globalization;
using System.Text;
using System.Xml;
using CsvHelper;
using CsvHelper.Configuration;
using MiniExcelLibs;

namespace Oversight.Core.Uploads;

/// One line of a sheet (a CSV line or an Excel row) and its cells as text.
public sealed record SheetLine(int Line, IReadOnlyList<string?> Cells);

/// A problem with the file as a whole (line 0) or with one line of it.
public sealed record SheetProblem(int Line, string Message);

/// A CSV or XLSX upload read one line at a time within its kind's limits: lines are produced as they are
/// enumerated, never all held here, and reading stops with a problem at the first limit reached.
public sealed class Sheet
{
    private readonly List<SheetProblem> problems = [];
    private readonly UploadRules rules;
    private readonly UploadedFile file;
    private readonly Func<object?, string?> cell;
    private readonly bool readable;

    private Sheet(UploadRules rules, UploadedFile file, Func<object?, string?> cell)
    {
        this.rules = rules;
        this.file = file;
        this.cell = cell;
        if (FileCheck.Problem(rules, file) is { } problem)
        {
            problems.Add(new(0, problem));
            return;
        }

        if (file.Extension == ".csv")
        {
            var (reader, readAs, error) = TextDecoding.Open(file.Content, file.Name, rules.Text);
            reader?.Dispose();
            if (error is not null)
            {
                problems.Add(new(0, error));
                return;
            }

            ReadAs = readAs;
        }

        readable = true;
    }

    /// The encoding a CSV was read in when it was not UTF-8 or UTF-16 (Windows-1252), for the person to confirm.
    public string? ReadAs { get; }

    /// Problems found so far; complete once <see cref="Lines"/> has been enumerated.
    public IReadOnlyList<SheetProblem> Problems => problems;

    /// The file's lines, blank ones included; stops at the first problem.
    public IEnumerable<SheetLine> Lines => readable ? Limited(file.Extension == ".xlsx" ? Xlsx() : Csv()) : [];

    /// Opens a .csv or .xlsx upload (checked, with its encoding decided); <paramref name="cell"/> turns an Excel
    /// cell's typed value into text.
    public static Sheet Read(UploadRules rules, UploadedFile file, Func<object?, string?> cell)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(cell);
        return new(rules, file, cell);
    }

    private IEnumerable<SheetLine> Limited(IEnumerable<SheetLine> source)
    {
        using var lines = source.GetEnumerator();
        var count = 0;
        while (true)
        {
            var failed = false;
            try
            {
                if (!lines.MoveNext())
                {
                    yield break;
                }
            }
            catch (Exception e) when (e is InvalidDataException or XmlException or DecoderFallbackException or InvalidOperationException
                or NotSupportedException or FormatException or ArgumentException or IndexOutOfRangeException or KeyNotFoundException
                or OverflowException or IOException or InvalidCastException or NullReferenceException)
            {
                // MiniExcel and CsvHelper fail in many ways on a damaged file; each means the same to the person.
                problems.Add(new(0, e is DecoderFallbackException
                    ? $"The selected file {file.Name} could not be read as text in its encoding"
                    : ZipGate.Damaged(file.Name, file.Extension == ".xlsx" ? "an Excel workbook (XLSX)" : "a CSV file")));
                failed = true;
            }

            if (failed)
            {
                yield break;
            }

            var line = lines.Current;
            if (++count > rules.MaxRows)
            {
                problems.Add(new(0, string.Create(CultureInfo.InvariantCulture, $"The selected file {file.Name} has more than {rules.MaxRows:N0} rows")));
                yield break;
            }

            var width = 0;
            for (var i = line.Cells.Count - 1; i >= 0; i--)
            {
                if (!string.IsNullOrEmpty(line.Cells[i]))
                {
                    width = i + 1;
                    break;
                }
            }

            if (width > rules.MaxColumns)
            {
                problems.Add(new(line.Line, string.Create(CultureInfo.InvariantCulture, $"The selected file {file.Name} has more than {rules.MaxColumns} columns on line {line.Line}")));
                yield break;
            }

            yield return width == line.Cells.Count ? line : line with { Cells = [.. line.Cells.Take(Math.Max(width, Math.Min(line.Cells.Count, rules.MaxColumns)))] };
        }
    }

    private IEnumerable<SheetLine> Csv()
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = false,
            DetectColumnCountChanges = false,
            BadDataFound = args => problems.Add(new(args.Context.Parser?.RawRow ?? 0,
                "Put quote marks only around a whole cell, and double any quote mark inside one")),
        };
        var (reader, _, _) = TextDecoding.Open(file.Content, file.Name, rules.Text);
        using (reader)
        using (var parser = new CsvParser(reader!, configuration))
        {
            while (parser.Read())
            {
                // N.B. RawRow is the physical line, so lines skipped as blank still count, as in a text editor.
                yield return new SheetLine(parser.RawRow, parser.Record ?? []);
            }
        }
    }

    private IEnumerable<SheetLine> Xlsx()
    {
        // The file check has opened the archive within the limits and parsed every part, so MiniExcel reads a
        // workbook whose size is known; it still reads the sheet a row at a time.
        using var stream = new MemoryStream(file.Content, writable: false);
        var row = 0;
        // MiniExcel yields an empty row for every gap, so counting rows gives Excel's row numbers.
        foreach (IDictionary<string, object?> cells in stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX))
        {
            row++;
            yield return new SheetLine(row, [.. cells.Values.Select(cell)]);
        }
    }
}
