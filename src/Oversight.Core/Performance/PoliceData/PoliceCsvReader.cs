using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Oversight.Core.Performance.PoliceData;

/// Reads a CSV a row at a time (never the whole file), tolerating a BOM, CRLF and quoted fields with commas,
/// and computing the file's SHA-256 on the way.
public sealed class PoliceCsvReader : IDisposable
{
    private readonly HashingStream hashing;
    private readonly StreamReader reader;
    private readonly CsvParser parser;

    public PoliceCsvReader(Stream stream)
    {
        hashing = new HashingStream(stream);
        reader = new StreamReader(hashing, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        parser = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            BadDataFound = args => BadData = $"malformed quoting near \"{args.Field}\"",
            DetectColumnCountChanges = false,
        });
    }

    /// Set when the current row's quoting is broken.
    public string? BadData { get; private set; }

    /// The line the current row started on (1 is the header).
    public int Line => parser.RawRow;

    public string[]? Read()
    {
        BadData = null;
        return parser.Read() ? parser.Record : null;
    }

    public string Sha256()
    {
        // Hash what is left unread too, so the digest is always the whole file's.
        var buffer = new byte[1 << 16];
        while (hashing.Read(buffer, 0, buffer.Length) > 0)
        {
        }

        return hashing.Sha256();
    }

    public void Dispose()
    {
        parser.Dispose();
        reader.Dispose();
    }
}
