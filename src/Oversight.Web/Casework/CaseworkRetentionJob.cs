using Oversight.Core.Casework.Privacy;
using Oversight.Web.Scheduling;

namespace Oversight.Web.Casework;

/// Runs the casework retention schedule once a day while the web app is up, once across all instances sharing
/// the database (also `oversight casework retention`).
public sealed class CaseworkRetentionJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<CaseworkRetentionJob> logger)
    : DailyJob(scopes, clock, logger)
{
    protected override string Name => "Casework retention";

    protected override string Key => "casework-retention";

    protected override async Task<string> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var result = await services.GetRequiredService<CaseworkRetention>().RunAsync(cancellationToken);
        return $"anonymised {result.Enquiries} enquiries, {result.Reviews} reviews, {result.AsbAppeals} ASB appeals and {result.SurgeryBookings} surgery bookings";
    }
}
