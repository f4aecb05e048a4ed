using Oversight.Core.Performance.Judgements;
using Oversight.Core.Performance.Observations;
using Oversight.Core.Performance.Sharing;
using Oversight.Core.Spreadsheets;
using Oversight.Domain;
using Oversight.Web.Performance;
using Oversight.Web.Security;

namespace Oversight.Web.Api;

/// The partnership dashboard's export and API. Unlike /api/measures (office roles only), every answer here is cut
/// to the measures MeasureAccess lets the caller read today; any other measure answers 404, as elsewhere.
public static class PartnershipApi
{
    public static IEndpointRouteBuilder MapPartnershipApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/partnership/measures", async (CurrentUser current, PartnershipSeries partnership, CancellationToken cancellationToken) =>
        {
            var choices = await partnership.ChoicesAsync(await current.GetAsync(cancellationToken), cancellationToken);
            return TypedResults.Ok(choices
                .SelectMany(c => c.Measures.Select(m => new MeasureJson(m.Id, m.Name, c.Theme.Id, m.Unit, m.Frequency, m.Improvement)))
                .ToList());
        }).RequireAuthorization(Policies.Partnership).WithTags("Partnership");

        endpoints.MapGet("/api/partnership/measures/{id}/observations", async (
            string id, string? area, CurrentUser current, MeasureAccess access, MeasureJudgements judgements, CancellationToken cancellationToken) =>
        {
            area ??= Observation.ForceArea;
            var readable = await access.ReadableAsync(await current.GetAsync(cancellationToken), cancellationToken);
            return readable.Contains(id) && judgements.IsArea(area) && await judgements.JudgeAsync(id, area, cancellationToken) is { } j
                ? Results.Ok(j.Observations.Select(ObservationJson.From).ToList())
                : Results.NotFound();
        }).RequireAuthorization(Policies.Partnership).WithTags("Partnership")
            .Produces<List<ObservationJson>>().ProducesProblem(StatusCodes.Status404NotFound);

        endpoints.MapGet("/partnership/export.csv", async (
            HttpRequest request, CurrentUser current, PartnershipSeries partnership, MeasureJudgements judgements, TimeProvider clock, CancellationToken cancellationToken) =>
        {
            var query = PartnershipQuery.Read(request.Query, UkTime.Today(clock));
            if (!judgements.IsArea(query.Area))
            {
                return Results.NotFound();
            }

            var errors = query.Check(out var from, out var to);
            if (errors.Count > 0)
            {
                return Results.ValidationProblem(errors.ToDictionary(e => e.Key, e => new[] { e.Value }, StringComparer.Ordinal));
            }

            var reading = await partnership.ReadAsync(await current.GetAsync(cancellationToken), query.Measures, query.Area, from, to, cancellationToken);
            // A file has nowhere to say what was left out, so a crafted request for any unreadable measure gets nothing.
            return reading.Refused.Count > 0
                ? Results.NotFound()
                : Results.File(PartnershipCsv.Write(reading.Series), SpreadsheetWriter.CsvType, $"partnership-{query.Area}.csv");
        }).RequireAuthorization(Policies.Partnership).ExcludeFromDescription();
        return endpoints;
    }
}
