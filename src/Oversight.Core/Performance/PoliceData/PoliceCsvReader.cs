using System.Text;

namespace Oversight.Core.Performance.PoliceData;

/// Reads a CSV a row at a time (never the whole file), tolerating a BOM, CRLF, blank lines and quoted fields with
/// commas, quotes or line breaks, and computing the file's SHA-256 on the way. Fields are read in place from the
/// buffer: police.uk rows are mostly words stored as term numbers, so making a string of every field (as
/// CsvHelper does) was half the reading thread's time in bench/import.
public sealed class PoliceCsvReader : IDisposable
{
    private readonly HashingStream hashing;
    private readonly StreamReader reader;
    /// The start of the message when a row runs on past <see cref="MaxRowChars"/> (a file with no line ends).
    public const string LineTooLong = "a row is longer than";

    // Police rows are a few hundred characters; a file without line ends must not grow the buffer without end.
    private const int MaxRowChars = 1 << 20;

    private char[] buffer = new char[1 << 16];
    private (int Start, int Length, bool Escaped)[] fields = new (int, int, bool)[16];
    private int start;
    private int end;
    private int nextLine = 1;
    private bool endOfFile;

    public PoliceCsvReader(Stream stream)
    {
        hashing = new HashingStream(stream);
        // N.B. invalid UTF-8 throws (DecoderFallbackException) rather than becoming U+FFFD: a police file is never
        // silently changed. A UTF-16 file with a byte order mark is read as UTF-16.
        reader = new StreamReader(hashing, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
    }

    /// Set when the current row's quoting is broken.
    public string? BadData { get; private set; }

    /// The line the current row started on (1 is the header).
    public int Line { get; private set; }

    /// The number of fields in the current row.
    public int Count { get; private set; }

    /// A field of the current row, valid until the next row is read.
    public ReadOnlySpan<char> this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            var (first, length, escaped) = fields[index];
            var raw = buffer.AsSpan(first, length);
            return escaped ? raw.ToString().Replace("\"\"", "\"", StringComparison.Ordinal) : raw;
        }
    }

    /// The next row's fields as strings, or null at the end of the file.
    public string[]? Read()
    {
        if (!Next())
        {
            return null;
        }

        var row = new string[Count];
        for (var i = 0; i < Count; i++)
        {
            row[i] = this[i].ToString();
        }

        return row;
    }

    /// Moves to the next row; false at the end of the file.
    public bool Next()
    {
        while (true)
        {
            if (start == end)
            {
                if (endOfFile)
                {
                    return false;
                }

                Fill();
                continue;
            }

            if (buffer[start] == '\n' || (buffer[start] == '\r' && start + 1 < end && buffer[start + 1] == '\n'))
            {
                start += buffer[start] == '\n' ? 1 : 2;
                nextLine++;
                continue;
            }

            if (buffer[start] == '\r' && start + 1 == end && !endOfFile)
            {
                Fill();
                continue;
            }

            if (new RowParser(this).TryParse())
            {
                return true;
            }

            Fill();
        }
    }

    public string Sha256()
    {
        // Hash what is left unread too, so the digest is always the whole file's.
        var rest = new byte[1 << 16];
        while (hashing.Read(rest, 0, rest.Length) > 0)
        {
        }

        return hashing.Sha256();
    }

    public void Dispose()
    {
        reader.Dispose();
        hashing.Dispose();
    }

    /// Keeps the unread part of the buffer and reads more after it, growing the buffer for a row longer than it.
    private void Fill()
    {
        if (start > 0)
        {
            Array.Copy(buffer, start, buffer, 0, end - start);
            (end, start) = (end - start, 0);
        }

        if (end == buffer.Length)
        {
            if (buffer.Length >= MaxRowChars)
            {
                throw new InvalidDataException($"{LineTooLong} {MaxRowChars:N0} characters, at line {nextLine}");
            }

            Array.Resize(ref buffer, buffer.Length * 2);
        }

        var read = reader.Read(buffer, end, buffer.Length - end);
        end += read;
        endOfFile = read == 0;
    }

    /// Parses the row at the reader's start. Gives up (false) when the row runs past the buffer before the end of
    /// the file; the reader then fills the buffer and parses the row again from its start.
    private ref struct RowParser(PoliceCsvReader csv)
    {
        private readonly char[] text = csv.buffer;
        private int position = csv.start;
        private int newlines;

        public bool TryParse()
        {
            csv.Count = 0;
            csv.BadData = null;
            while (true)
            {
                var field = position < csv.end && text[position] == '"' ? Quoted() : Unquoted();
                if (field is null)
                {
                    return false;
                }

                if (position < csv.end && text[position] == ',')
                {
                    position++;
                    if (position == csv.end && !csv.endOfFile)
                    {
                        return false;
                    }

                    continue;
                }

                // The row ends at a line break or at the end of the file.
                csv.Line = csv.nextLine;
                csv.nextLine += 1 + newlines;
                csv.start = position < csv.end ? position + (text[position] == '\r' ? 2 : 1) : position;
                return true;
            }
        }

        /// Adds a field that runs to the next comma or line break; null when the buffer ends first.
        private bool? Unquoted()
        {
            var rest = text.AsSpan(position, csv.end - position);
            var length = rest.IndexOfAny(',', '\n');
            if (length < 0 && !csv.endOfFile)
            {
                return null;
            }

            length = length < 0 ? rest.Length : length;
            var field = rest[..length];
            if (field.Length > 0 && field[^1] == '\r' && length < rest.Length && rest[length] == '\n')
            {
                field = field[..^1];
            }

            if (field.Contains('"'))
            {
                csv.BadData ??= $"malformed quoting near \"{field}\"";
            }

            Add(position, field.Length, escaped: false);
            position += field.Length;
            return true;
        }

        /// Adds a quoted field ("" is a quote inside it); null when the buffer ends first.
        private bool? Quoted()
        {
            var first = position + 1;
            var close = first;
            var escaped = false;
            while (true)
            {
                var quote = text.AsSpan(close, csv.end - close).IndexOf('"');
                if (quote < 0 || close + quote + 1 == csv.end)
                {
                    if (!csv.endOfFile)
                    {
                        return null;
                    }

                    if (quote < 0)
                    {
                        csv.BadData ??= $"malformed quoting near \"{text.AsSpan(first, csv.end - first)}\": the closing quote is missing";
                        close = csv.end;
                        break;
                    }
                }

                close += quote;
                if (close + 1 < csv.end && text[close + 1] == '"')
                {
                    (escaped, close) = (true, close + 2);
                    continue;
                }

                break;
            }

            newlines += text.AsSpan(first, close - first).Count('\n');
            Add(first, close - first, escaped);
            position = Math.Min(close + 1, csv.end);
            var after = text.AsSpan(position, csv.end - position);
            var next = after.IndexOfAny(',', '\n');
            if (next < 0 && !csv.endOfFile)
            {
                return null;
            }

            var junk = next < 0 ? after : after[..next];
            var lineEnd = next >= 0 && junk is "\r" && after[next] == '\n';
            if (junk.Length > 0 && !lineEnd)
            {
                csv.BadData ??= $"malformed quoting near \"{text.AsSpan(first, close - first)}\": text after the closing quote";
            }

            position += lineEnd ? 0 : junk.Length;
            return true;
        }

        private readonly void Add(int first, int length, bool escaped)
        {
            if (csv.Count == csv.fields.Length)
            {
                Array.Resize(ref csv.fields, csv.fields.Length * 2);
            }

            csv.fields[csv.Count++] = (first, length, escaped);
        }
    }
}
