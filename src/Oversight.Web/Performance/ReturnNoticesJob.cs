using Oversight.Core.Performance.Returns;
using Oversight.Web.Scheduling;

namespace Oversight.Web.Performance;

/// Puts the day's data-return reminders and overdue notices in the outbox; each goes once however often it runs.
public sealed class ReturnNoticesJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ReturnNoticesJob> logger)
    : DailyJob(scopes, clock, logger)
{
    protected override string Name => "Data-return notices";

    protected override string Key => "data-return-notices";

    protected override async Task<string> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var run = await services.GetRequiredService<DataReturns>().SendNoticesAsync(cancellationToken);
        return $"queued {run.Reminders} reminders and {run.Overdue} overdue notices";
    }
}
