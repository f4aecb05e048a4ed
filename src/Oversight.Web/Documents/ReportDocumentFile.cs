using System.Text;
using Microsoft.AspNetCore.Components;
using Oversight.Core.Documents;

namespace Oversight.Web.Documents;

public enum ReportFormat
{
    Html,
    Pdf,
    Xlsx,
}

/// A rendered document, ready to save or send.
public sealed record ReportDocumentFile(byte[] Content, string ContentType, string FileName)
{
    public static bool TryFormat(string? text, out ReportFormat format) =>
        Enum.TryParse(text, ignoreCase: true, out format) && Enum.IsDefined(format) && !int.TryParse(text, out _);

    /// A document component rendered inside the printed-document shell, sent as HTML or printed to PDF with the
    /// footer on every page.
    public static async Task<ReportDocumentFile> RenderAsync<TDocument>(DocumentRenderer renderer, IReadOnlyDictionary<string, object?> parameters,
        string footer, string fileName, bool pdf, CancellationToken cancellationToken)
        where TDocument : IComponent
    {
        ArgumentNullException.ThrowIfNull(renderer);
        return await FromHtmlAsync(await renderer.RenderAsync<TDocument>(parameters), footer, fileName, pdf, cancellationToken);
    }

    /// A report written as one standalone HTML page, sent as it is or printed to PDF with the footer on every page.
    public static async Task<ReportDocumentFile> FromHtmlAsync(string html, string footer, string fileName, bool pdf, CancellationToken cancellationToken) =>
        pdf
            ? new(await PdfPrinter.PrintAsync(html, footer, cancellationToken), "application/pdf", fileName)
            : new(Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8", fileName);
}
