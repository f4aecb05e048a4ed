using System.Diagnostics;

namespace Oversight.TestCommon;

/// Reads a PDF with Poppler's tools (pdfinfo, pdftotext, pdftoppm), as a person checking a document would.
public static class PdfTools
{
    /// pdfinfo's fields by name ("Title", "Pages", "Tagged").
    public static async Task<IReadOnlyDictionary<string, string>> InfoAsync(byte[] pdf) =>
        (await RunOnAsync(pdf, "pdfinfo")).Split('\n').Where(l => l.Contains(':', StringComparison.Ordinal))
            .Select(l => (Key: l[..l.IndexOf(':', StringComparison.Ordinal)], Value: l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()))
            .GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.First().Value);

    /// The text in reading order (of one page, or all), with runs of white space made one space.
    public static async Task<string> TextAsync(byte[] pdf, int? page = null) =>
        string.Join(' ', (await (page is { } p ? RunOnAsync(pdf, "pdftotext", "-f", $"{p}", "-l", $"{p}", "{file}", "-") : RunOnAsync(pdf, "pdftotext", "-")))
            .Split((char[])[' ', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));

    /// Page images (PNG at 60 dpi) written into a folder, for a person to look at.
    public static Task PngAsync(byte[] pdf, string folder, string name) =>
        RunOnAsync(pdf, "pdftoppm", "-r", "60", "-png", "{file}", Path.Combine(folder, name));

    private static async Task<string> RunOnAsync(byte[] pdf, string tool, params string[] args)
    {
        var path = Path.Combine(Path.GetTempPath(), $"pdf-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            var arguments = args.Contains("{file}") ? args.Select(a => a == "{file}" ? path : a).ToArray() : [path, .. args];
            using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{tool}: {await process.StandardError.ReadToEndAsync()}");
            }

            return output;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
