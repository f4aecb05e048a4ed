using Oversight.Core.Performance.Reports;
using Oversight.Web.Documents;
using Oversight.Web.Performance.Documents;
using Oversight.Web.Reporting;
using Oversight.Web.Security;

namespace Oversight.Web.Api;

/// Downloads of the quarterly Performance Monitoring Report as HTML, PDF or XLSX.
public static class ReportDocumentApi
{
    public static IEndpointRouteBuilder MapReportDocuments(this IEndpointRouteBuilder endpoints)
    {
        // Any version, draft or published, for the office.
        endpoints.MapGet("/performance/reports/{id:guid}/document.{format}", async (Guid id, string format, PerformanceReportDocument documents, DocumentRenderer renderer, CancellationToken cancellationToken) =>
            ReportDocumentFile.TryFormat(format, out var f) && await documents.ForReportAsync(id, cancellationToken) is { } document
                ? await FileAsync(renderer, document, f, cancellationToken)
                : Results.NotFound())
            .RequireAuthorization(Policies.Reporting).ExcludeFromDescription();

        // The latest published version only, from its snapshot, with small counts withheld.
        endpoints.MapGet("/reports/{quarter}/document.{format}", async (string quarter, string format, PerformanceReportDocument documents, DocumentRenderer renderer, CancellationToken cancellationToken) =>
            ReportDocumentFile.TryFormat(format, out var f) && ReportText.QuarterOf(quarter) is { } text
                && await documents.PublishedAsync(text, cancellationToken) is { } document
                ? await FileAsync(renderer, document, f, cancellationToken)
                : Results.NotFound())
            .AllowAnonymous().WithMetadata(new Publishing.PublishedAttribute()).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> FileAsync(DocumentRenderer renderer, ReportDocument document, ReportFormat format, CancellationToken cancellationToken)
    {
        var file = await PerformanceReportFile.RenderAsync(renderer, document, format, cancellationToken);
        return Results.File(file.Content, file.ContentType, file.FileName);
    }
}
