namespace Oversight.Web;

/// Runs a piece of work once a day while the web app is up: first a few minutes after start-up, then every day on the
/// app's clock. A failure is logged by its kind only (a message could quote the data it failed on) and retried the
/// next day; the work itself must be safe to run twice.
public abstract partial class DailyJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger logger) : BackgroundService
{
    private static readonly TimeSpan FirstRun = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    /// The job's name in the log.
    protected abstract string Name { get; }

    /// One run, in its own scope; returns what to log.
    protected abstract Task<string> RunAsync(IServiceProvider services, CancellationToken cancellationToken);

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
                await using var scope = scopes.CreateAsyncScope();
                var result = await RunAsync(scope.ServiceProvider, stoppingToken);
                Ran(logger, Name, result);
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
