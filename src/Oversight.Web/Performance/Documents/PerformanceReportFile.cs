using Oversight.Core.Performance.Reports;
using Oversight.Core.Spreadsheets;
using Oversight.Web.Documents;

namespace Oversight.Web.Performance.Documents;

/// The quarterly performance report as a file: the printed document as HTML or PDF, or the workbook.
public static class PerformanceReportFile
{
    public static async Task<ReportDocumentFile> RenderAsync(DocumentRenderer renderer, ReportDocument document, ReportFormat format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var cover = document.Cover;
        var name = $"performance-report-{cover.Quarter.Replace(' ', '-').ToLowerInvariant()}-v{cover.Version}.{format.ToString().ToLowerInvariant()}";
        return format == ReportFormat.Xlsx
            ? new(PerformanceReportXlsx.Write(document), SpreadsheetWriter.XlsxType, name)
            : await ReportDocumentFile.RenderAsync<PerformanceReport>(renderer, new Dictionary<string, object?> { [nameof(PerformanceReport.Document)] = document },
                $"{cover.Title} – {cover.StatusText}", name, format == ReportFormat.Pdf, cancellationToken);
    }
}
