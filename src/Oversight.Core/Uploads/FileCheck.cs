using System.Buffers.Binary;

namespace Oversight.Core.Uploads;

/// The one check every uploaded file passes before anything keeps it: size, type, and its content really opened
/// as the type its extension claims, so a renamed, truncated or damaged file is refused with a clear message.
public static class FileCheck
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.Ordinal)
    {
        [".pdf"] = "application/pdf",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".odt"] = "application/vnd.oasis.opendocument.text",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".png"] = "image/png",
        [".csv"] = "text/csv",
        [".txt"] = "text/plain",
    };

    /// The media type recorded for a file with this name; unknown types are sent back as plain downloads.
    public static string ContentType(string name) =>
        Types.GetValueOrDefault(Path.GetExtension(name).ToLowerInvariant(), "application/octet-stream");

    /// Why the file is refused, or null when it may be kept.
    public static string? Problem(UploadRules rules, UploadedFile file)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(file);
        if (file.Content.Length == 0)
        {
            return $"The selected file {file.Name} is empty";
        }

        if (file.Content.LongLength > rules.MaxBytes)
        {
            return rules.TooLarge(file.Name);
        }

        if (rules.Extensions.Count > 0 && !rules.Extensions.Contains(file.Extension))
        {
            return $"The selected file {file.Name} must be a {Named(rules.Extensions)}";
        }

        return Content(rules, file);
    }

    /// "PDF, DOCX or PNG" from [".pdf", ".docx", ".png"].
    public static string Named(IReadOnlyList<string> extensions)
    {
        ArgumentNullException.ThrowIfNull(extensions);
        var names = extensions.Where(e => e != ".jpeg").Select(e => e.TrimStart('.').ToUpperInvariant()).ToList();
        return names.Count == 1 ? names[0] : string.Join(", ", names[..^1]) + " or " + names[^1];
    }

    private static string? Content(UploadRules rules, UploadedFile file)
    {
        var name = file.Name;
        var bytes = file.Content;
        return file.Extension switch
        {
            ".pdf" => Pdf(bytes) ? null : $"The selected file {name} is not a complete PDF: it has no PDF header or no end-of-file marker",
            ".png" => Png(bytes) ? null : $"The selected file {name} is not a complete PNG image",
            ".jpg" or ".jpeg" => Jpeg(bytes) ? null : $"The selected file {name} is not a complete JPEG image",
            ".docx" => Office(rules, file, "a Word document (DOCX)", "[Content_Types].xml", "word/document.xml"),
            ".xlsx" => Office(rules, file, "an Excel workbook (XLSX)", "[Content_Types].xml", "xl/workbook.xml"),
            ".odt" => Odt(rules, file),
            ".csv" or ".txt" when rules.Text != TextPolicy.KeptAsSent => Text(rules, file),
            _ => null,
        };
    }

    private static string? Text(UploadRules rules, UploadedFile file)
    {
        var (reader, _, error) = TextDecoding.Open(file.Content, file.Name, rules.Text);
        reader?.Dispose();
        return error;
    }

    private static string? Office(UploadRules rules, UploadedFile file, string what, params string[] parts)
    {
        using var stream = new MemoryStream(file.Content, writable: false);
        var (archive, error) = ZipGate.Open(stream, rules.Zip, file.Name, what);
        using (archive)
        {
            return error ?? ZipGate.CheckParts(archive!, file.Name, what, parts);
        }
    }

    private static string? Odt(UploadRules rules, UploadedFile file)
    {
        const string what = "an OpenDocument text file (ODT)";
        using var stream = new MemoryStream(file.Content, writable: false);
        var (archive, error) = ZipGate.Open(stream, rules.Zip, file.Name, what);
        using (archive)
        {
            if (error is not null)
            {
                return error;
            }

            if (archive!.GetEntry("mimetype") is not { Length: < 100 } mimetype)
            {
                return $"The selected file {file.Name} is not {what}: it has no mimetype";
            }

            try
            {
                using var reader = new StreamReader(ZipGate.OpenEntry(mimetype));
                if (reader.ReadToEnd().Trim() != "application/vnd.oasis.opendocument.text")
                {
                    return $"The selected file {file.Name} is not {what}";
                }
            }
            catch (InvalidDataException)
            {
                return ZipGate.Damaged(file.Name, what);
            }

            return ZipGate.CheckParts(archive, file.Name, what, "content.xml");
        }
    }

    // A PDF starts with its header and ends with %%EOF (a little trailing whitespace or padding is allowed); a
    // copy cut short loses the trailer.
    private static bool Pdf(byte[] bytes) =>
        bytes.AsSpan().StartsWith("%PDF-"u8) && bytes.AsSpan(Math.Max(0, bytes.Length - 1024)).IndexOf("%%EOF"u8) >= 0;

    // The signature, an IHDR chunk with a sane size and a matching checksum, and the IEND chunk at the end.
    private static bool Png(byte[] bytes)
    {
        ReadOnlySpan<byte> signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        var span = bytes.AsSpan();
        if (span.Length < 8 + 25 + 12 || !span.StartsWith(signature) || !span.Slice(12, 4).SequenceEqual("IHDR"u8))
        {
            return false;
        }

        var width = BinaryPrimitives.ReadUInt32BigEndian(span[16..]);
        var height = BinaryPrimitives.ReadUInt32BigEndian(span[20..]);
        var crc = BinaryPrimitives.ReadUInt32BigEndian(span[29..]);
        return BinaryPrimitives.ReadUInt32BigEndian(span[8..]) == 13
            && width is > 0 and <= 100_000 && height is > 0 and <= 100_000
            && crc == Crc32(span.Slice(12, 17))
            && span[^8..^4].SequenceEqual("IEND"u8);
    }

    // Start of image, a frame header with a non-zero size reached by walking the segments, and the end marker.
    private static bool Jpeg(byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (span.Length < 4 || span[0] != 0xFF || span[1] != 0xD8 || span[2] != 0xFF || span[Math.Max(0, span.Length - 32)..].LastIndexOf((ReadOnlySpan<byte>)[0xFF, 0xD9]) < 0)
        {
            return false;
        }

        var at = 2;
        while (at + 9 < span.Length && span[at] == 0xFF)
        {
            var marker = span[at + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(span[(at + 2)..]);
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                var height = BinaryPrimitives.ReadUInt16BigEndian(span[(at + 5)..]);
                var width = BinaryPrimitives.ReadUInt16BigEndian(span[(at + 7)..]);
                return height > 0 && width > 0;
            }

            at += 2 + length;
        }

        return false;
    }

    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
