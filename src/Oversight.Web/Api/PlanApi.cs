using Oversight.Domain.Plan;

namespace Oversight.Web.Api;

public static class PlanApi
{
    public static IEndpointRouteBuilder MapPlanApi(this IEndpointRouteBuilder endpoints)
    {
        // The plan is a public document, so its data is open too.
        endpoints.MapGet("/api/plan", (PoliceAndCrimePlan plan) => TypedResults.Ok(plan)).AllowAnonymous();
        endpoints.MapGet("/api/plan/measures/{id}", (string id, PoliceAndCrimePlan plan) =>
            plan.FindMeasure(id) is { } measure ? Results.Ok(measure) : Results.NotFound()).AllowAnonymous();
        return endpoints;
    }
}
