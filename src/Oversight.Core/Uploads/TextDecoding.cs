using System.Text;
using System.Text.Unicode;

namespace Oversight.Core.Uploads;

/// A text file's encoding, decided once for every upload: UTF-8 (with or without a byte order mark) and UTF-16
/// with a byte order mark are read as they are; anything else is never silently changed.
public static class TextDecoding
{
    public const string Windows1252 = "Windows-1252";

    public static string NotUtf8(string name) => $"The file {name} is not saved as UTF-8";

    /// A reader over the text, the encoding used when it was not UTF-8 or UTF-16, or why the file is refused.
    public static (TextReader? Reader, string? ReadAs, string? Error) Open(byte[] content, string name, TextPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(content);
        var bytes = content.AsSpan();
        if (bytes.StartsWith("\uFEFF"u8) ? Utf8.IsValid(bytes[3..]) : (!LooksUtf16(bytes) && !bytes.Contains((byte)0) && Utf8.IsValid(bytes)))
        {
            return (Reader(content, new UTF8Encoding(false, throwOnInvalidBytes: true), detectByteOrderMark: true), null, null);
        }

        if (LooksUtf16(bytes))
        {
            // Checked whole first, so a broken sequence is refused rather than becoming U+FFFD.
            var encoding = new UnicodeEncoding(bigEndian: bytes[0] == 0xFE, byteOrderMark: true, throwOnInvalidBytes: true);
            try
            {
                encoding.GetCharCount(content, 2, content.Length - 2);
            }
            catch (DecoderFallbackException)
            {
                return (null, null, $"The selected file {name} is not valid UTF-16 text");
            }

            return (Reader(content, encoding, detectByteOrderMark: true), null, null);
        }

        if (bytes.Contains((byte)0))
        {
            return (null, null, $"The selected file {name} is not a text file: it holds binary data");
        }

        if (policy == TextPolicy.Utf8Only)
        {
            return (null, null, NotUtf8(name));
        }

        // Every byte means something in Windows-1252, so the decoding cannot fail; the person confirms the result.
        return (Reader(content, CodePagesEncodingProvider.Instance.GetEncoding(1252)!, detectByteOrderMark: false), Windows1252, null);
    }

    private static bool LooksUtf16(ReadOnlySpan<byte> bytes) => bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);

    private static StreamReader Reader(byte[] content, Encoding encoding, bool detectByteOrderMark) =>
        new(new MemoryStream(content, writable: false), encoding, detectByteOrderMark);
}
