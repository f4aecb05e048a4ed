using Oversight.Core.Custody.Scrutiny;
using Oversight.Core.Custody.Visiting;
using Oversight.Core.Performance.Reports;
using Oversight.Core.Publishing;
using Oversight.Domain;
using Oversight.Domain.Plan;
using Oversight.Web.Custody.Documents;
using Oversight.Web.Documents;
using Oversight.Web.Security;

namespace Oversight.Web.Api;

/// The custody visiting scheme's and the scrutiny panels' annual reports as HTML or PDF: every count for the office, the suppressed version for the public.
public static class CustodyReportApi
{
    public static IEndpointRouteBuilder MapCustodyReportDocuments(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/custody/statistics/report.{format}", (string format, int? year, VisitingStatistics statistics, DocumentRenderer renderer, PoliceAndCrimePlan plan, TimeProvider clock, CancellationToken cancellationToken) =>
            SendAsync(format, async () => await RenderAsync(renderer, await statistics.ForYearAsync(FinancialYear.Resolve(year, clock), cancellationToken), plan.Office, ReportAudience.Office, format, cancellationToken)))
            .RequireAuthorization(Policies.Custody).ExcludeFromDescription();
        // N.B. the public versions are the published ones only (PublicationApi): a second person approved and published them.
        endpoints.MapGet("/custody-and-justice/report.{format}", (string format, int? year, Publications publications, DocumentRenderer renderer, PoliceAndCrimePlan plan, TimeProvider clock, CancellationToken cancellationToken) =>
            PublicationApi.PublishedAsync(publications, renderer, PublicationKind.CustodyVisitingReport, FinancialYear.Name(FinancialYear.Resolve(year, clock)), plan.Office, format, cancellationToken))
            .AllowAnonymous().WithMetadata(new Publishing.PublishedAttribute()).ExcludeFromDescription();
        endpoints.MapGet("/custody/scrutiny-report.{format}", (string format, int? year, ScrutinyStatistics statistics, DocumentRenderer renderer, PoliceAndCrimePlan plan, TimeProvider clock, CancellationToken cancellationToken) =>
            SendAsync(format, async () => await RenderAsync(renderer, await statistics.ForYearAsync(FinancialYear.Resolve(year, clock), cancellationToken), plan.Office, ReportAudience.Office, format, cancellationToken)))
            .RequireAuthorization(Policies.Custody).ExcludeFromDescription();
        endpoints.MapGet("/custody-and-justice/scrutiny-report.{format}", (string format, int? year, Publications publications, DocumentRenderer renderer, PoliceAndCrimePlan plan, TimeProvider clock, CancellationToken cancellationToken) =>
            PublicationApi.PublishedAsync(publications, renderer, PublicationKind.ScrutinyPanelsReport, FinancialYear.Name(FinancialYear.Resolve(year, clock)), plan.Office, format, cancellationToken))
            .AllowAnonymous().WithMetadata(new Publishing.PublishedAttribute()).ExcludeFromDescription();
        return endpoints;
    }

    public static Task<ReportDocumentFile> RenderAsync(DocumentRenderer renderer, VisitingYear year, string office, ReportAudience audience, string format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(year);
        return ReportDocumentFile.RenderAsync<CustodyVisitingReport>(renderer, Parameters(year, office, audience),
            CustodyVisitingReport.TitleOf(year), Name("custody-visiting-report", year.FirstYear, audience, format), format == "pdf", cancellationToken);
    }

    public static Task<ReportDocumentFile> RenderAsync(DocumentRenderer renderer, ScrutinyYear year, string office, ReportAudience audience, string format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(year);
        return ReportDocumentFile.RenderAsync<ScrutinyPanelsReport>(renderer, Parameters(year, office, audience),
            ScrutinyPanelsReport.TitleOf(year), Name("scrutiny-panels-report", year.FirstYear, audience, format), format == "pdf", cancellationToken);
    }

    // Both reports declare the same three parameters.
    private static Dictionary<string, object?> Parameters(object year, string office, ReportAudience audience) => new()
    {
        [nameof(CustodyVisitingReport.Year)] = year,
        [nameof(CustodyVisitingReport.Office)] = office,
        [nameof(CustodyVisitingReport.Audience)] = audience,
    };

    private static string Name(string stem, int firstYear, ReportAudience audience, string format) =>
        $"{stem}-{FinancialYear.Name(firstYear)}{(audience == ReportAudience.Public ? "-public" : "")}.{format}";

    private static async Task<IResult> SendAsync(string format, Func<Task<ReportDocumentFile>> render)
    {
        if (format is not ("html" or "pdf"))
        {
            return Results.NotFound();
        }

        var file = await render();
        return Results.File(file.Content, file.ContentType, file.FileName);
    }
}
