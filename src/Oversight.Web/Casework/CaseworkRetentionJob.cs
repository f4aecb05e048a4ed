using Oversight.Core.Casework.Privacy;
using Oversight.Core.Scheduling;
using Oversight.Domain;

namespace Oversight.Web.Casework;

/// Runs the casework retention schedule once a day while the web app is up, once across all instances sharing
/// the database (also `oversight casework retention`).
public sealed partial class CaseworkRetentionJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<CaseworkRetentionJob> logger) : BackgroundService
{
    private static readonly TimeSpan FirstRun = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var wait = FirstRun;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(wait, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            wait = Interval;
            try
            {
                await RunDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Only the kind of failure: a message could quote the data it failed on.
                Failed(logger, e.GetType().Name);
            }
        }
    }

    /// Runs today's retention unless an instance sharing the database has already run it today (UK date);
    /// returns whether this instance ran it.
    public async Task<bool> RunDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var today = UkTime.Today(clock).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return await scope.ServiceProvider.GetRequiredService<ScheduledWork>().RunOncePerPeriodAsync("casework-retention", today, async ct =>
        {
            await using var work = scopes.CreateAsyncScope();
            var result = await work.ServiceProvider.GetRequiredService<CaseworkRetention>().RunAsync(ct);
            Ran(logger, result.Enquiries, result.Reviews, result.SurgeryBookings);
        }, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Casework retention anonymised {Enquiries} enquiries, {Reviews} reviews and {Bookings} surgery bookings")]
    private static partial void Ran(ILogger logger, int enquiries, int reviews, int bookings);

    [LoggerMessage(Level = LogLevel.Error, Message = "Casework retention failed ({Kind}); it will try again tomorrow")]
    private static partial void Failed(ILogger logger, string kind);
}
