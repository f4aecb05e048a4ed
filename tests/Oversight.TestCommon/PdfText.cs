using System.Diagnostics;

namespace Oversight.TestCommon;

/// The words of a PDF as poppler's pdftotext reads them, joined by single spaces, so a test can look for a phrase
/// wherever the lines of the page broke it. Ligatures the printer set (ﬁ, ﬀ) and typographic apostrophes read back
/// as the letters typed.
public static class PdfText
{
    public static async Task<string> ReadAsync(byte[] pdf, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), $"pdf-text-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf, cancellationToken);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", [path, "-"]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = await process.StandardOutput.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            return process.ExitCode == 0
                ? string.Join(' ', output.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
                    .Replace("\uFB00", "ff", StringComparison.Ordinal).Replace("\uFB01", "fi", StringComparison.Ordinal).Replace("\uFB02", "fl", StringComparison.Ordinal)
                    .Replace("\uFB03", "ffi", StringComparison.Ordinal).Replace("\uFB04", "ffl", StringComparison.Ordinal).Replace('\u2019', '\'')
                : throw new InvalidOperationException("pdftotext: " + await process.StandardError.ReadToEndAsync(cancellationToken));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
