using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Casework.Privacy;

namespace Oversight.Cli.Commands;

public static class CaseworkCommand
{
    public static Command Create()
    {
        var retention = new Command("retention", "Anonymise casework records whose retention period has run out (statistics keep counting them)");
        retention.SetAction(async (parsed, cancellationToken) =>
        {
            await using var services = CliHost.Services(parsed);
            await using var scope = services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<CaseworkRetention>().RunAsync(cancellationToken);
            await parsed.InvocationConfiguration.Output.WriteLineAsync(
                $"Anonymised {result.Enquiries} enquiries, {result.Reviews} complaint reviews, {result.AsbAppeals} ASB appeals and {result.SurgeryBookings} surgery bookings.");
            return CliApp.Ok;
        });

        var casework = new Command("casework", "Casework: enquiries, complaint reviews and surgeries");
        casework.Subcommands.Add(retention);
        return casework;
    }
}
