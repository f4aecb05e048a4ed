using System.Text;
using Oversight.Core.Reporting;
using Oversight.Core.Spreadsheets;

namespace Oversight.Web.Reporting;

public enum ReportFormat
{
    Html,
    Pdf,
    Xlsx,
}

/// A rendered report document, ready to save or send.
public sealed record ReportDocumentFile(byte[] Content, string ContentType, string FileName)
{
    public static bool TryFormat(string? text, out ReportFormat format) =>
        Enum.TryParse(text, ignoreCase: true, out format) && Enum.IsDefined(format) && !int.TryParse(text, out _);

    public static async Task<ReportDocumentFile> RenderAsync(ReportDocument document, ReportFormat format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var cover = document.Cover;
        var name = $"performance-report-{cover.Quarter.Replace(' ', '-').ToLowerInvariant()}-v{cover.Version}.{format.ToString().ToLowerInvariant()}";
        return format == ReportFormat.Xlsx
            ? new(PerformanceReportXlsx.Write(document), SpreadsheetWriter.XlsxType, name)
            : await FromHtmlAsync(PerformanceReportHtml.Write(document), $"{cover.Title} – {cover.StatusText}", name, format == ReportFormat.Pdf, cancellationToken);
    }

    /// A report written as one standalone HTML page, sent as it is or printed to PDF with the footer on every page.
    public static async Task<ReportDocumentFile> FromHtmlAsync(string html, string footer, string fileName, bool pdf, CancellationToken cancellationToken) =>
        pdf
            ? new(await PdfPrinter.PrintAsync(html, footer, cancellationToken), "application/pdf", fileName)
            : new(Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8", fileName);
}
