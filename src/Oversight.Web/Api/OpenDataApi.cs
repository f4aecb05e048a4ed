using Oversight.Core.Documents;
using Oversight.Core.Performance.Reports;
using Oversight.Core.Spreadsheets;
using Oversight.Web.Reporting;

namespace Oversight.Web.Api;

public static class OpenDataApi
{
    /// A published quarter's values as CSV or JSON, for anyone: the public figures behind /reports/{quarter}.
    public static IEndpointRouteBuilder MapOpenDataApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/reports/{quarter}/data.{format}", async (string quarter, string format, QuarterlyReports reports, CancellationToken cancellationToken) =>
        {
            if (format is not ("csv" or "json") || ReportText.QuarterOf(quarter) is not { } text
                || await reports.FindPublishedAsync(text, cancellationToken) is not { Snapshot: { } json })
            {
                return Results.NotFound();
            }

            var rows = OpenData.Rows(ReportSnapshot.FromJson(json));
            return format == "json"
                ? Results.Json(new { quarter = text, suppressedBelow = SmallCounts.SuppressBelow, rows })
                : Results.Bytes(OpenData.Csv(rows), SpreadsheetWriter.CsvType);
        }).AllowAnonymous().WithMetadata(new Publishing.PublishedAttribute());
        return endpoints;
    }
}
