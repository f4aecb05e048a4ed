using Oversight.Core.Accountability.Bodies;
using Oversight.Web.Scheduling;

namespace Oversight.Web.Accountability;

/// E-mails confirmed subscribers the agendas whose clear days' notice began and the minutes approved; each goes once
/// however often it runs. Daily, because notice is counted in whole days.
public sealed class BodyPublicationsJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<BodyPublicationsJob> logger)
    : DailyJob(scopes, clock, logger)
{
    protected override string Name => "Body publications";

    protected override string Key => "body-publications";

    protected override async Task<string> RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        $"queued {await services.GetRequiredService<BodySubscriptions>().SendDueAsync(cancellationToken)} e-mails to subscribers";
}
