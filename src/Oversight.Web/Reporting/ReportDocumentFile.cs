using System.Text;
using Oversight.Core.Reporting;

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
        return format switch
        {
            ReportFormat.Html => new(Encoding.UTF8.GetBytes(PerformanceReportHtml.Write(document)), "text/html; charset=utf-8", name),
            ReportFormat.Pdf => new(await PdfPrinter.PrintAsync(PerformanceReportHtml.Write(document), $"{cover.Title} – {cover.StatusText}", cancellationToken), "application/pdf", name),
            _ => new(PerformanceReportXlsx.Write(document), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name),
        };
    }
}
