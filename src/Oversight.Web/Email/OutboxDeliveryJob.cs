using Microsoft.Extensions.Options;
using Oversight.Core.Email;

namespace Oversight.Web.Email;

/// Sends the outbox while the web app is up, on every instance (claims keep each message to one of them). With no
/// SMTP server configured it does nothing and the messages stay in the table.
public sealed partial class OutboxDeliveryJob(IServiceScopeFactory scopes, IOptions<EmailOptions> options, TimeProvider clock, ILogger<OutboxDeliveryJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Configured)
        {
            NotConfigured(logger);
            return;
        }

        var interval = TimeSpan.FromSeconds(Math.Max(1, options.Value.PollSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var delivery = scope.ServiceProvider.GetRequiredService<OutboxDelivery>();
                // A full batch means more may be waiting: go again at once rather than after the interval.
                while ((await delivery.DeliverDueAsync(stoppingToken)) is { } result && result.Sent + result.Failed == OutboxDelivery.BatchSize)
                {
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Only the kind of failure: a message could quote an address.
                Failed(logger, e.GetType().Name);
            }

            try
            {
                await Task.Delay(interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No SMTP server is configured (Email:Smtp:Host): e-mail stays in the outbox table")]
    private static partial void NotConfigured(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sending the outbox failed ({Kind}); it will try again")]
    private static partial void Failed(ILogger logger, string kind);
}
