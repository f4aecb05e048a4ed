using Oversight.Core.Performance.Judgements;
using Oversight.Core.Performance.Observations;
using Oversight.Core.Spreadsheets;
using Oversight.Domain.Plan;
using Oversight.Web.Security;

namespace Oversight.Web.Api;

public static class PerformanceApi
{
    public static IEndpointRouteBuilder MapPerformanceApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/measures").RequireAuthorization(Policies.Performance).WithTags("Performance");

        // Mapped outside the group: a group's "" route keeps a trailing slash in its template.
        endpoints.MapGet("/api/measures", (PoliceAndCrimePlan plan) => TypedResults.Ok(
            plan.PerformanceThemes.SelectMany(t => t.Measures.Select(m => new MeasureJson(m.Id, m.Name, t.Id, m.Unit, m.Frequency, m.Improvement))).ToList()))
            .RequireAuthorization(Policies.Performance).WithTags("Performance");
        api.MapGet("/{id}/observations", async (string id, string? area, MeasureJudgements judgements, CancellationToken cancellationToken) =>
            await JudgeAsync(id, area, judgements, cancellationToken) is { } j
                ? Results.Ok(j.Observations.Select(ObservationJson.From).ToList())
                : Results.NotFound())
            .Produces<List<ObservationJson>>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{id}/judgement", async (string id, string? area, MeasureJudgements judgements, CancellationToken cancellationToken) =>
            await JudgeAsync(id, area, judgements, cancellationToken) is { } j ? Results.Ok(JudgementJson.From(j)) : Results.NotFound())
            .Produces<JudgementJson>().ProducesProblem(StatusCodes.Status404NotFound);

        endpoints.MapGet("/performance/measures/{id}/series.csv", async (string id, string? area, MeasureJudgements judgements, CancellationToken cancellationToken) =>
            await JudgeAsync(id, area, judgements, cancellationToken) is { } j
                ? Results.File(SeriesCsv.Write(j.Chart), SpreadsheetWriter.CsvType, $"{j.Measure.Id}-{j.Area}.csv")
                : Results.NotFound())
            .RequireAuthorization(Policies.Performance).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<MeasureJudgement?> JudgeAsync(string id, string? area, MeasureJudgements judgements, CancellationToken cancellationToken)
    {
        area ??= Observation.ForceArea;
        return judgements.IsArea(area) ? await judgements.JudgeAsync(id, area, cancellationToken) : null;
    }
}
