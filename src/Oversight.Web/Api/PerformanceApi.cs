using Oversight.Core.Performance.Judgements;
using Oversight.Core.Performance.National;
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
        // Only the whole force is compared with other forces: police.uk's national files are counted by force.
        api.MapGet("/{id}/comparison", async (string id, string? area, string? to, MeasureComparisons comparisons, CancellationToken cancellationToken) =>
            (area ?? Observation.ForceArea) != Observation.ForceArea ? Results.Problem("Only area=force is compared with other forces", statusCode: StatusCodes.Status404NotFound)
            : to is not null && !MeasureComparisons.IsMonth(to) ? Results.Problem($"to: expected a month like 2024-05, found \"{to}\"", statusCode: StatusCodes.Status400BadRequest)
            : await comparisons.CompareAsync(id, to, cancellationToken) is { } c ? Results.Ok(ComparisonJson.Create(c))
            : Results.Problem("The measure has no national police data to compare", statusCode: StatusCodes.Status404NotFound))
            .Produces<ComparisonJson>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status400BadRequest);

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
