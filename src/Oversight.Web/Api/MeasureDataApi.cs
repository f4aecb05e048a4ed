using Oversight.Core.Performance.Observations;
using Oversight.Core.Performance.Sharing;
using Oversight.Web.Security;

namespace Oversight.Web.Api;

public static class MeasureDataApi
{
    private const int MaxValues = 10_000;

    public static IEndpointRouteBuilder MapMeasureDataApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/measures/{id}/values", async (string id, CurrentUser current, MeasureAccess access, MeasureValues values, CancellationToken cancellationToken) =>
        {
            var me = await current.GetAsync(cancellationToken);
            if (!(await access.ReadableAsync(me, cancellationToken)).Contains(id))
            {
                return Results.NotFound();
            }

            var held = await values.CurrentAsync(me, id, MaxValues, cancellationToken);
            return Results.Ok(held.Select(o => new ValueJson(o.Period, o.PeriodStart, o.Area, o.Value, o.Numerator, o.Denominator, o.Notes, o.Version, o.RecordedAt)));
        }).RequireAuthorization(Policies.MeasureData);
        return endpoints;
    }

    private sealed record ValueJson(
        string Period, DateOnly PeriodStart, string Area, double Value, double? Numerator, double? Denominator, string? Notes, int Version, DateTimeOffset RecordedAt);
}
