using System.IO.Compression;
using System.Text;
using MiniExcelLibs;

namespace Oversight.Web.Tests.Security;

/// The bad-input corpus every upload endpoint is tried with. Large files are made at test time, once.
public static class HostileFiles
{
    public const int LargeBytes = 60 * 1024 * 1024;

    private static readonly Lazy<byte[]> XlsxBombBytes = new(() => Bomb("xl/worksheets/sheet1.xml", xlsx: true));
    private static readonly Lazy<byte[]> ZipBombBytes = new(() => Bomb("2024-05-west-yorkshire-street.csv", xlsx: false));
    private static readonly Lazy<byte[]> LargeBytesFile = new(() =>
    {
        var line = "2024-05,force,1,,,a note long enough to fill the file quickly\n"u8.ToArray();
        var content = new byte[LargeBytes];
        for (var at = 0; at < content.Length; at += line.Length)
        {
            line.AsSpan(0, Math.Min(line.Length, content.Length - at)).CopyTo(content.AsSpan(at));
        }

        return content;
    });

    /// An XLSX whose sheet is 40 MB of rows compressed about 1,000 to 1, as a zip bomb is.
    public static byte[] XlsxBomb => XlsxBombBytes.Value;

    /// A police.uk-looking archive whose CSV is 40 MB compressed about 1,000 to 1.
    public static byte[] ZipBomb => ZipBombBytes.Value;

    /// 60 MB: over every size limit but police data's.
    public static byte[] Large => LargeBytesFile.Value;

    public static byte[] Workbook()
    {
        using var buffer = new MemoryStream();
        buffer.SaveAs(new[] { new Dictionary<string, object?> { ["period"] = "2024-05", ["area"] = "force", ["value"] = 1d } });
        return buffer.ToArray();
    }

    public static byte[] TruncatedXlsx => Workbook()[..(Workbook().Length / 2)];

    public static byte[] TruncatedZip
    {
        get
        {
            using var buffer = new MemoryStream();
            using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            {
                using var entry = new StreamWriter(zip.CreateEntry("2024-05-west-yorkshire-street.csv").Open());
                for (var i = 0; i < 2000; i++)
                {
                    entry.WriteLine($"{i},2024-05,West Yorkshire Police,West Yorkshire Police,,,No Location,,,Anti-social behaviour,,");
                }
            }

            return buffer.ToArray()[..(int)(buffer.Length * 2 / 3)];
        }
    }

    public static byte[] Latin1Csv(string header, string row) => Encoding.Latin1.GetBytes($"{header}\n{row}\n");

    public static byte[] Utf16Csv(string header, string row) => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes($"{header}\r\n{row}\r\n")];

    /// A real 1×1 PNG.
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    private static byte[] Bomb(string entryName, bool xlsx)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            if (xlsx)
            {
                Write(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
                Write(zip, "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets><sheet name=\"s\" sheetId=\"1\"/></sheets></workbook>");
            }

            using var stream = zip.CreateEntry(entryName, CompressionLevel.SmallestSize).Open();
            var row = Encoding.UTF8.GetBytes(xlsx
                ? "<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>"
                : "x,2024-05,West Yorkshire Police,West Yorkshire Police,,,No Location,,,Anti-social behaviour,,\n");
            var block = new byte[row.Length * 1000];
            for (var i = 0; i < 1000; i++)
            {
                row.CopyTo(block, i * row.Length);
            }

            for (long written = 0; written < 40L * 1024 * 1024; written += block.Length)
            {
                stream.Write(block);
            }
        }

        return buffer.ToArray();
    }

    private static void Write(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open());
        writer.Write(text);
    }
}
