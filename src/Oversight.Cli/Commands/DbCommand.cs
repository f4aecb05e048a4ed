using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Data;

namespace Oversight.Cli.Commands;

public static class DbCommand
{
    public static Command Create()
    {
        var migrate = new Command("migrate", "Apply pending migrations and bring organisations and roles up to date with the configuration");
        migrate.SetAction(async (parsed, cancellationToken) =>
        {
            await using var services = CliHost.Services(parsed);
            await using var scope = services.CreateAsyncScope();
            var applied = await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
            await parsed.InvocationConfiguration.Output.WriteLineAsync(applied.Count == 0
                ? "Database is up to date."
                : $"Applied {applied.Count} migration(s): {string.Join(", ", applied)}.");
            return CliApp.Ok;
        });

        var db = new Command("db", "Database tasks");
        db.Subcommands.Add(migrate);
        return db;
    }
}
