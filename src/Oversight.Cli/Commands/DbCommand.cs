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
        db.Subcommands.Add(Backup());
        db.Subcommands.Add(Restore());
        return db;
    }

    private static Command Backup()
    {
        var file = new Argument<string>("FILE") { Description = "Where to write the backup" };
        var force = new Option<bool>("--force") { Description = "Replace FILE if it exists" };
        var backup = new Command("backup", "Write a consistent copy of the database while the app runs (SQLite's online backup; pg_dump on PostgreSQL)") { file, force };
        backup.SetAction((parsed, cancellationToken) => RunAsync(parsed, b => b.BackupAsync(parsed.GetValue(file)!, parsed.GetValue(force), cancellationToken)));
        return backup;
    }

    private static Command Restore()
    {
        var file = new Argument<string>("FILE") { Description = "A backup made by `oversight db backup`" };
        var force = new Option<bool>("--force") { Description = "Replace the contents of a database that is not empty" };
        var restore = new Command("restore", "Put a backup back into the configured database (refuses a file that is not a backup of a compatible schema)") { file, force };
        restore.SetAction((parsed, cancellationToken) => RunAsync(parsed, b => b.RestoreAsync(parsed.GetValue(file)!, parsed.GetValue(force), cancellationToken)));
        return restore;
    }

    private static async Task<int> RunAsync(ParseResult parsed, Func<DatabaseBackup, Task<string>> work)
    {
        await using var services = CliHost.Services(parsed);
        await using var scope = services.CreateAsyncScope();
        try
        {
            var said = await work(scope.ServiceProvider.GetRequiredService<DatabaseBackup>());
            await parsed.InvocationConfiguration.Output.WriteLineAsync(said);
            return CliApp.Ok;
        }
        catch (BackupException e)
        {
            throw new CliException(e.Message);
        }
    }
}
