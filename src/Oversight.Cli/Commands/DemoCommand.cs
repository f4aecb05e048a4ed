using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Demo;

namespace Oversight.Cli.Commands;

public static class DemoCommand
{
    public static Command Create()
    {
        var load = new Command("load", "Load the demo data into an empty database (does nothing if accounts exist)");
        load.SetAction(async (parsed, cancellationToken) =>
        {
            await using var services = CliHost.Services(parsed);
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
}
