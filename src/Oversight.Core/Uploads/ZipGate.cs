using System.IO.Compression;
using System.Xml;

namespace Oversight.Core.Uploads;

/// Opens ZIP-based files (XLSX, DOCX, ODT, police.uk archives) within limits, so a zip bomb or a truncated
/// archive is refused with a message rather than filling memory or failing with a server error.
public static class ZipGate
{
    /// The archive, or why it is refused. The archive reads from <paramref name="stream"/>, which it does not own.
    public static (ZipArchive? Archive, string? Error) Open(Stream stream, ZipLimits limits, string name, string what)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException)
        {
            return (null, Damaged(name, what));
        }

        if (Check(archive, limits, name) is { } problem)
        {
            archive.Dispose();
            return (null, problem);
        }

        return (archive, null);
    }

    public static string Damaged(string name, string what) =>
        $"The selected file {name} could not be opened as {what}: it is damaged or only partly copied";

    /// An entry's content, refused (InvalidDataException) past the size its header declares, so a header that
    /// lies about the size cannot get more out than the limits let in.
    public static Stream OpenEntry(ZipArchiveEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new BoundedStream(entry.Open(), entry.Length);
    }

    /// Expands every entry (within the limits already checked) and parses every XML part, so a damaged part is
    /// found now rather than half-way through reading the file.
    public static string? CheckParts(ZipArchive archive, string name, string what, params string[] required)
    {
        ArgumentNullException.ThrowIfNull(archive);
        foreach (var part in required)
        {
            if (archive.GetEntry(part) is null)
            {
                return $"The selected file {name} is not {what}: it has no {part}";
            }
        }

        var buffer = new byte[81920];
        try
        {
            foreach (var entry in archive.Entries)
            {
                using var stream = OpenEntry(entry);
                if (entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
                {
                    using var xml = XmlReader.Create(stream, Xml);
                    while (xml.Read())
                    {
                    }
                }
                else
                {
                    while (stream.Read(buffer) > 0)
                    {
                    }
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException)
        {
            return Damaged(name, what);
        }

        return null;
    }

    /// No DTDs and no external entities: a billion-laughs or an XXE part is refused, not expanded.
    public static readonly XmlReaderSettings Xml = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CloseInput = false };

    private static string? Check(ZipArchive archive, ZipLimits limits, string name)
    {
        if (archive.Entries.Count > limits.MaxEntries)
        {
            return $"The selected file {name} holds more than {limits.MaxEntries:N0} files";
        }

        long expanded = 0;
        foreach (var entry in archive.Entries)
        {
            expanded += entry.Length;
            if (expanded > limits.MaxExpandedBytes)
            {
                return $"The selected file {name} expands to more than {UploadRules.Describe(limits.MaxExpandedBytes)}";
            }

            if (entry.Length >= ZipLimits.RatioCheckedFrom && entry.Length > (long)limits.MaxRatio * Math.Max(1, entry.CompressedLength))
            {
                return $"The selected file {name} is compressed more than {limits.MaxRatio} to 1, as a zip bomb is";
            }
        }

        return null;
    }

    /// Counts what comes out and stops at the declared length.
    private sealed class BoundedStream(Stream inner, long limit) : ReadOnlyStream(inner)
    {
        private long read;

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer) => Count(Inner.Read(buffer));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await Inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        private int Count(int n)
        {
            read += n;
            return read > limit ? throw new InvalidDataException("The entry expands past the size its header declares") : n;
        }
    }
}
