using Microsoft.Extensions.Diagnostics.HealthChecks;
using Oversight.Core.Data;

namespace Oversight.Web;

public sealed class DatabaseHealthCheck(OversightDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database cannot be reached");
}
