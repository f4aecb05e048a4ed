using System.Globalization;
using Oversight.Core.Scheduling;
using Oversight.Domain;

namespace Oversight.Web.Scheduling;

/// Runs a piece of work once a day while the web app is up: first a few minutes after start-up, then every day on the
/// app's clock, and once per UK date across every instance sharing the database (<see cref="ScheduledWork"/>). A
/// failure is logged by its kind only (a message could quote the data it failed on) and retried the next day; the
/// work itself must be safe to run twice.
public abstract partial class DailyJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger logger) : BackgroundService
{
    private static readonly TimeSpan FirstRun = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    /// The job's name in the log.
    protected abstract string Name { get; }

    /// The job's key in the record of runs, the same on every instance.
    protected abstract string Key { get; }

    /// One run, in its own scope; returns what to log.
    protected abstract Task<string> RunAsync(IServiceProvider services, CancellationToken cancellationToken);

    /// Runs today's work unless an instance sharing the database has already run it today (UK date); returns
    /// whether this instance ran it.
    public async Task<bool> RunDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var today = UkTime.Today(clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return await scope.ServiceProvider.GetRequiredService<ScheduledWork>().RunOncePerPeriodAsync(Key, today, async ct =>
        {
            await using var work = scopes.CreateAsyncScope();
            var result = await RunAsync(work.ServiceProvider, ct);
            Ran(logger, Name, result);
        }, cancellationToken);
    }

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
                Failed(logger, Name, e.GetType().Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Job}: {Result}")]
    private static partial void Ran(ILogger logger, string job, string result);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Job} failed ({Kind}); it will try again tomorrow")]
    private static partial void Failed(ILogger logger, string job, string kind);
}
