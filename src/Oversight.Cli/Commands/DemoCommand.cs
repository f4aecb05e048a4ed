using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Demo;
using Oversight.Domain;

namespace Oversight.Cli.Commands;

public static class DemoCommand
{
    public static Command Create()
    {
        var asOf = new Option<string>("--as-of")
        {
            Description = "The demo's today, YYYY-MM-DD (default: today): its activity runs from 2021/22 up to this day",
        };
        asOf.Validators.Add(result =>
        {
            if (!TryDay(result.GetValueOrDefault<string>(), out _))
            {
                result.AddError($"--as-of must be a date written YYYY-MM-DD, on or after 2025-04-01, not '{result.GetValueOrDefault<string>()}'");
            }
        });
        var load = new Command("load", "Load the demo data into an empty database (does nothing if accounts exist)") { asOf };
        load.SetAction(async (parsed, cancellationToken) =>
        {
            // The whole load sees one instant, midday on the chosen UK date, so tests can pin what "today" holds.
            TryDay(parsed.GetValue(asOf), out var day);
            TimeProvider clock = day is { } chosen ? new FixedClock(UkTime.ToInstant(chosen, new TimeOnly(12, 0))) : TimeProvider.System;
            await using var services = CliHost.Services(parsed, clock);
            await using var scope = services.CreateAsyncScope();
            var demo = scope.ServiceProvider.GetRequiredService<DemoData>();
            var loaded = await demo.LoadAsync(cancellationToken);
            var output = parsed.InvocationConfiguration.Output;
            await output.WriteLineAsync(loaded ? "Demo data loaded." : "The database already has data; demo data not loaded.");
            if (!await demo.HasDemoAccountsAsync(cancellationToken))
            {
                return CliApp.Ok;
            }

            await output.WriteLineAsync($"Demo accounts (password {DemoData.Password}):");
            foreach (var account in DemoData.Accounts)
            {
                await output.WriteLineAsync($"  {account.Email,-36} {account.Role}");
            }

            return CliApp.Ok;
        });

        var demo = new Command("demo", "Demo data");
        demo.Subcommands.Add(load);
        return demo;
    }

    private static bool TryDay(string? text, out DateOnly? day)
    {
        day = null;
        if (text is null)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) && parsed >= DemoToDate.From)
        {
            day = parsed;
            return true;
        }

        return false;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
