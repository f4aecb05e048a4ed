using Oversight.Core.Documents;
using Oversight.Core.Reporting.Annual;
using Oversight.Web.Documents;

namespace Oversight.Web.Reporting.Documents;

/// The annual report as a file: the publication rendered by the document pipeline, as HTML or printed to PDF.
public static class AnnualReportFile
{
    /// The page listing the records behind a figure, where every figure of the report links.
    public static string FigurePath(string year, string key) => $"/annual-reports/{year}/figures/{key}";

    /// "Annual report 2024/25", as the cover, the PDF's title and every page's footer write it.
    public static string Title(AnnualCover cover)
    {
        ArgumentNullException.ThrowIfNull(cover);
        return "Annual report " + ReportWords.Period(cover.Year);
    }

    public static Task<ReportDocumentFile> RenderAsync(DocumentRenderer renderer, AnnualDocument document, string format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return ReportDocumentFile.RenderAsync<AnnualPublication>(renderer, new Dictionary<string, object?> { [nameof(AnnualPublication.Document)] = document },
            $"{Title(document.Cover)} – {document.Cover.StatusText}", $"annual-report-{document.Cover.Year}-v{document.Cover.Version}.{format}", format == "pdf", cancellationToken);
    }
}
