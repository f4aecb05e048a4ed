using Oversight.Core.Reporting.Annual;
using Oversight.Web.Documents;
using Oversight.Web.Reporting.Documents;
using Oversight.Web.Security;

namespace Oversight.Web.Api;

/// Downloads of the annual report as HTML or PDF: any version for the office, the published one for anyone.
public static class AnnualReportApi
{
    public static IEndpointRouteBuilder MapAnnualReportDocuments(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/annual-reports/{id:guid}/document.{format}", async (Guid id, string format, AnnualReports reports, AnnualReportDocument documents, DocumentRenderer renderer, CancellationToken cancellationToken) =>
        {
            if (format is not ("html" or "pdf") || await reports.FindAsync(id, cancellationToken) is not { } report)
            {
                return Results.NotFound();
            }

            var file = await AnnualReportFile.RenderAsync(renderer, await documents.BuildAsync(report, cancellationToken), format, cancellationToken);
            return Results.File(file.Content, file.ContentType, file.FileName);
        }).RequireAuthorization(Policies.Reporting).ExcludeFromDescription();

        // The public copy: only a published version, the latest, for anyone.
        endpoints.MapGet("/annual-report/{year}/document.{format}", async (string year, string format, AnnualReports reports, AnnualReportDocument documents, DocumentRenderer renderer, CancellationToken cancellationToken) =>
        {
            if (format is not ("html" or "pdf") || await reports.FindPublishedAsync(year, cancellationToken) is not { } report)
            {
                return Results.NotFound();
            }

            var file = await AnnualReportFile.RenderAsync(renderer, await documents.BuildAsync(report, cancellationToken), format, cancellationToken);
            return Results.File(file.Content, file.ContentType, file.FileName);
        }).AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }
}
