using System.Text;
using Oversight.Core.Custody.Scrutiny;
using Oversight.Core.Custody.Visiting;
using Oversight.Core.Reporting;
using Oversight.Domain.Plan;
using Oversight.Web.Pages.Custody;
using Oversight.Web.Reporting;
using Oversight.Web.Security;

namespace Oversight.Web.Api;

/// The custody visiting scheme's and the scrutiny panels' annual reports as HTML or PDF: every count for the office, the suppressed version for the public.
public static class CustodyReportApi
{
    public static IEndpointRouteBuilder MapCustodyReportDocuments(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/custody/statistics/report.{format}", (string format, int? year, VisitingStatistics statistics, PoliceAndCrimePlan plan, TimeProvider clock, CancellationToken cancellationToken) =>
            SendAsync(format, FinancialYear.Resolve(year, clock), ReportAudience.Office, statistics, plan, cancellationToken))
            .RequireAuthorization(Policies.Custody).ExcludeFromDescription();
        endpoints.MapGet("/custody-and-justice/report.{format}", (string format, int? year, VisitingStatistics statistics, PoliceAndCrimePlan plan, TimeProvider clock, CancellationToken cancellationToken) =>
            SendAsync(format, FinancialYear.Resolve(year, clock), ReportAudience.Public, statistics, plan, cancellationToken))
            .AllowAnonymous().ExcludeFromDescription();
        endpoints.MapGet("/custody/scrutiny-report.{format}", (string format, int? year, ScrutinyStatistics statistics, PoliceAndCrimePlan plan, TimeProvider clock, CancellationToken cancellationToken) =>
            SendScrutinyAsync(format, FinancialYear.Resolve(year, clock), ReportAudience.Office, statistics, plan, cancellationToken))
            .RequireAuthorization(Policies.Custody).ExcludeFromDescription();
        endpoints.MapGet("/custody-and-justice/scrutiny-report.{format}", (string format, int? year, ScrutinyStatistics statistics, PoliceAndCrimePlan plan, TimeProvider clock, CancellationToken cancellationToken) =>
            SendScrutinyAsync(format, FinancialYear.Resolve(year, clock), ReportAudience.Public, statistics, plan, cancellationToken))
            .AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }

    public static Task<ReportDocumentFile> RenderAsync(VisitingYear year, string office, ReportAudience audience, string format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(year);
        return FileAsync(CustodyReportHtml.Write(year, office, audience), CustodyReportHtml.Title(year), Name("custody-visiting-report", year.FirstYear, audience, format), format, cancellationToken);
    }

    public static Task<ReportDocumentFile> RenderAsync(ScrutinyYear year, string office, ReportAudience audience, string format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(year);
        return FileAsync(ScrutinyReportHtml.Write(year, office, audience), ScrutinyReportHtml.Title(year), Name("scrutiny-panels-report", year.FirstYear, audience, format), format, cancellationToken);
    }

    private static string Name(string stem, int firstYear, ReportAudience audience, string format) =>
        $"{stem}-{firstYear}-{(firstYear + 1) % 100:D2}{(audience == ReportAudience.Public ? "-public" : "")}.{format}";

    private static async Task<ReportDocumentFile> FileAsync(string html, string footer, string name, string format, CancellationToken cancellationToken) =>
        format == "pdf"
            ? new(await PdfPrinter.PrintAsync(html, footer, cancellationToken), "application/pdf", name)
            : new(Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8", name);

    private static async Task<IResult> SendScrutinyAsync(string format, int firstYear, ReportAudience audience, ScrutinyStatistics statistics, PoliceAndCrimePlan plan, CancellationToken cancellationToken)
    {
        if (format is not ("html" or "pdf"))
        {
            return Results.NotFound();
        }

        var file = await RenderAsync(await statistics.ForYearAsync(firstYear, cancellationToken), plan.Office, audience, format, cancellationToken);
        return Results.File(file.Content, file.ContentType, file.FileName);
    }

    private static async Task<IResult> SendAsync(string format, int firstYear, ReportAudience audience, VisitingStatistics statistics, PoliceAndCrimePlan plan, CancellationToken cancellationToken)
    {
        if (format is not ("html" or "pdf"))
        {
            return Results.NotFound();
        }

        var file = await RenderAsync(await statistics.ForYearAsync(firstYear, cancellationToken), plan.Office, audience, format, cancellationToken);
        return Results.File(file.Content, file.ContentType, file.FileName);
    }
}
