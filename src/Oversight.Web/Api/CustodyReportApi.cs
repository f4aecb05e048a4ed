using System.Text;
using Oversight.Core.Custody.Visiting;
using Oversight.Core.Reporting;
using Oversight.Domain.Plan;
using Oversight.Web.Pages.Custody;
using Oversight.Web.Reporting;
using Oversight.Web.Security;

namespace Oversight.Web.Api;

/// The custody visiting scheme's annual report as HTML or PDF: every count for the office, the suppressed version for the public.
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
        return endpoints;
    }

    public static async Task<ReportDocumentFile> RenderAsync(VisitingYear year, string office, ReportAudience audience, string format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(year);
        var html = CustodyReportHtml.Write(year, office, audience);
        var name = $"custody-visiting-report-{year.FirstYear}-{(year.FirstYear + 1) % 100:D2}{(audience == ReportAudience.Public ? "-public" : "")}.{format}";
        return format == "pdf"
            ? new(await PdfPrinter.PrintAsync(html, CustodyReportHtml.Title(year), cancellationToken), "application/pdf", name)
            : new(Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8", name);
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
