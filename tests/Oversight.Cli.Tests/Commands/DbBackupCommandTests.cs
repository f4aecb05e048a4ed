using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Accounts;
using Oversight.Core.Data;
using Oversight.Domain.Plan;
using Oversight.TestCommon;

namespace Oversight.Cli.Tests.Commands;

/// `oversight db backup` and `db restore` on a real database of each provider, with a writer running.
public abstract class DbBackupCommandTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly CoreHost source = new(provider);
    private readonly CliRun target = new() { Provider = provider };
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"oversight-backup-test-{Guid.NewGuid():N}");

    private string BackupFile => Path.Combine(folder, provider == DatabaseProvider.Sqlite ? "oversight.db" : "oversight.dump");

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        await source.InitializeAsync();
        await target.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await target.DisposeAsync();
        await source.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Backup_DuringWrites_RestoresEveryAcknowledgedRecordIntoAFreshDatabase()
    {
        var acknowledged = 0;
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                await source.WithAsync(async services =>
                {
                    var db = services.GetRequiredService<OversightDbContext>();
                    db.Organisations.Add(new Organisation { Id = $"backup-{i:D6}", Name = $"Backup test {i}", Kind = OrganisationKind.CommunityGroup });
                    return await db.SaveChangesAsync(CancellationToken.None);
                });
                Volatile.Write(ref acknowledged, i + 1);
            }
        }, TestContext.Current.CancellationToken);
        while (Volatile.Read(ref acknowledged) < 20)
        {
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }

        var before = Volatile.Read(ref acknowledged);
        var backup = await BackupAsync(BackupFile);
        var after = Volatile.Read(ref acknowledged);
        await stop.CancelAsync();
        await writer;

        var restore = await target.RunAsync("db", "restore", BackupFile);

        Assert.Equal(0, backup.ExitCode);
        Assert.Contains(provider == DatabaseProvider.Sqlite ? "SQLite's online backup" : "pg_dump", backup.Output, StringComparison.Ordinal);
        Assert.Equal("", restore.Error);
        Assert.Equal(0, restore.ExitCode);
        var restored = await RestoredIdsAsync();
        // Every record acknowledged before the backup began is there, and the copy is one moment's state:
        // a run of records with no gap, ending no later than the first not yet acknowledged when it finished.
        Assert.True(restored.Count >= before, $"{restored.Count} restored, {before} acknowledged before the backup");
        Assert.True(restored.Count <= after + 1, $"{restored.Count} restored, {after} acknowledged when it finished");
        Assert.Equal(Enumerable.Range(0, restored.Count).Select(i => $"backup-{i:D6}"), restored);
    }

    [Fact]
    public async Task Restore_IntoADatabaseThatIsNotEmpty_RefusesWithoutForce()
    {
        await BackupAsync(BackupFile);
        await target.RunAsync("db", "migrate");

        var refused = await target.RunAsync("db", "restore", BackupFile);
        var forced = await target.RunAsync("db", "restore", BackupFile, "--force");

        Assert.Equal(1, refused.ExitCode);
        Assert.Equal("oversight: The configured database is not empty; use --force to replace its contents with the backup", refused.Error.Trim());
        Assert.Equal(0, forced.ExitCode);
    }

    [Fact]
    public async Task Restore_AFileThatIsNotABackup_RefusesAndWritesNothing()
    {
        var text = Path.Combine(folder, "notes.txt");
        await File.WriteAllTextAsync(text, "not a database", TestContext.Current.CancellationToken);

        var result = await target.RunAsync("db", "restore", text);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("is not an Oversight backup", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, (await target.RunAsync("db", "migrate")).ExitCode);
    }

    [Fact]
    public async Task Backup_OverAnExistingFile_RefusesWithoutForce()
    {
        await File.WriteAllTextAsync(BackupFile, "yesterday's", TestContext.Current.CancellationToken);

        var refused = await BackupAsync(BackupFile);
        var forced = await BackupAsync(BackupFile, "--force");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("already exists; use --force", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, forced.ExitCode);
        Assert.Empty(Directory.GetFiles(folder, "*.partial"));
    }

    private async Task<CliResult> BackupAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        string[] all = ["db", "backup", .. args, "--provider", provider.ToString(), "--connection", source.ConnectionString];
        var code = await CliApp.RunAsync(all, output, error);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    private async Task<List<string>> RestoredIdsAsync()
    {
        await using System.Data.Common.DbConnection connection = provider == DatabaseProvider.Sqlite
            ? new Microsoft.Data.Sqlite.SqliteConnection(target.ConnectionString)
            : new Npgsql.NpgsqlConnection(target.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"Id\" FROM \"Organisations\" WHERE \"Id\" LIKE 'backup-%' ORDER BY \"Id\"";
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }
}

public sealed class SqliteDbBackupCommandTests() : DbBackupCommandTests(DatabaseProvider.Sqlite);

public sealed class PostgresDbBackupCommandTests() : DbBackupCommandTests(DatabaseProvider.Postgres);
