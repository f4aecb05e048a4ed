using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Oversight.Core.Data;

/// A failure of backup or restore that the operator can act on (a wrong file, a database in the way).
public sealed class BackupException(string message) : Exception(message);

/// Takes consistent copies of the configured database while the app runs, and puts one back. SQLite uses its
/// online backup API (a page-by-page copy under a read transaction); PostgreSQL uses pg_dump's custom format,
/// a snapshot of one transaction. A restore only accepts a backup whose migrations this build knows.
public sealed class DatabaseBackup(OversightDbContext db)
{
    private const string MigrationsTable = "__EFMigrationsHistory";
    private static readonly byte[] SqliteHeader = "SQLite format 3\0"u8.ToArray();
    private static readonly byte[] PgDumpHeader = "PGDMP"u8.ToArray();

    private bool IsSqlite => db.Database.IsSqlite();

    /// Writes a backup to the file (refusing to replace one unless forced) and says how it was made.
    public async Task<string> BackupAsync(string file, bool force, CancellationToken cancellationToken)
    {
        var target = Path.GetFullPath(file);
        if (File.Exists(target) && !force)
        {
            throw new BackupException($"{file} already exists; use --force to replace it");
        }

        // Written beside the target and moved into place, so a failed backup never leaves a half-written file
        // where a good one is expected.
        var partial = target + ".partial";
        File.Delete(partial);
        try
        {
            string how;
            if (IsSqlite)
            {
                await using var source = new SqliteConnection(db.Database.GetConnectionString());
                await source.OpenAsync(cancellationToken);
                await using (var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ToString()))
                {
                    await destination.OpenAsync(cancellationToken);
                    await CopyAsync(source, destination, cancellationToken);
                }

                how = "with SQLite's online backup";
            }
            else
            {
                await RunPostgresToolAsync("pg_dump", ["--format=custom", "--file=" + partial], cancellationToken);
                how = "with pg_dump (custom format; restore it with `oversight db restore` or pg_restore)";
            }

            File.Move(partial, target, overwrite: true);
            return $"Backed up the {ProviderName} database to {file} {how}.";
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// Replaces the configured database's contents with the backup's, after checking the file is a backup of
    /// a schema this build knows and that the database is empty (or force is given).
    public async Task<string> RestoreAsync(string file, bool force, CancellationToken cancellationToken)
    {
        var source = Path.GetFullPath(file);
        if (!File.Exists(source))
        {
            throw new BackupException($"{file} does not exist");
        }

        var kind = await KindOfAsync(source, cancellationToken);
        if (kind is null)
        {
            throw new BackupException($"{file} is not an Oversight backup: it is neither a SQLite database nor a pg_dump custom-format archive");
        }

        if (kind != ProviderName)
        {
            throw new BackupException($"{file} is a {kind} backup but the configured database is {ProviderName}");
        }

        var applied = IsSqlite ? await SqliteMigrationsAsync(source, file, cancellationToken) : await DumpMigrationsAsync(source, file, cancellationToken);
        var known = db.Database.GetMigrations().ToList();
        if (applied.Count == 0)
        {
            throw new BackupException($"{file} is not a backup of an Oversight database: it has no migration history");
        }

        if (applied.FirstOrDefault(m => !known.Contains(m)) is { } unknown)
        {
            throw new BackupException($"{file} was made by a newer version of Oversight (migration {unknown} is unknown to this one); restore it with that version or later");
        }

        if (!force && await HasTablesAsync(cancellationToken))
        {
            throw new BackupException("The configured database is not empty; use --force to replace its contents with the backup");
        }

        if (IsSqlite)
        {
            // The backup API writes into the live database in one transaction, so connections that are open
            // elsewhere see the old contents or the new, never a mixture.
            await using var backup = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = source, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            await using var target = new SqliteConnection(SqliteFile.Prepare(db.Database.GetConnectionString()!));
            await backup.OpenAsync(cancellationToken);
            await target.OpenAsync(cancellationToken);
            await CopyAsync(backup, target, cancellationToken);
            SqliteConnection.ClearAllPools();
        }
        else
        {
            string[] clean = force ? ["--clean", "--if-exists"] : [];
            await RunPostgresToolAsync("pg_restore", [.. clean, "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", "--dbname=" + Database(), source], cancellationToken);
            NpgsqlConnection.ClearAllPools();
        }

        var pending = known.Except(applied).Count();
        return $"Restored {file} into the {ProviderName} database ({applied.Count} migrations)."
            + (pending > 0 ? $" It predates {pending} migration(s) of this version: run `oversight db migrate`." : "");
    }

    /// Copies with SQLite's backup API, waiting while another connection holds a write lock (the copy needs a
    /// moment when nobody is committing; it then reads every page under one read transaction).
    private static async Task CopyAsync(SqliteConnection source, SqliteConnection destination, CancellationToken cancellationToken)
    {
        const int Busy = 5, Locked = 6;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                source.BackupDatabase(destination);
                return;
            }
            catch (SqliteException e) when (e.SqliteErrorCode is Busy or Locked && attempt < 600)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken);
            }
        }
    }

    private string ProviderName => IsSqlite ? "SQLite" : "PostgreSQL";

    private static async Task<string?> KindOfAsync(string file, CancellationToken cancellationToken)
    {
        var header = new byte[SqliteHeader.Length];
        await using var stream = File.OpenRead(file);
        var read = await stream.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
        if (read == header.Length && header.AsSpan().SequenceEqual(SqliteHeader))
        {
            return "SQLite";
        }

        return read >= PgDumpHeader.Length && header.AsSpan(0, PgDumpHeader.Length).SequenceEqual(PgDumpHeader) ? "PostgreSQL" : null;
    }

    private static async Task<List<string>> SqliteMigrationsAsync(string source, string file, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = source, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var exists = connection.CreateCommand();
        exists.CommandText = $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{MigrationsTable}'";
        try
        {
            if (Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                return [];
            }
        }
        catch (SqliteException e)
        {
            throw new BackupException($"{file} is not a readable SQLite database ({e.Message})");
        }

        await using var query = connection.CreateCommand();
        query.CommandText = $"SELECT \"MigrationId\" FROM \"{MigrationsTable}\" ORDER BY \"MigrationId\"";
        var ids = new List<string>();
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    /// Reads the migration history out of a pg_dump archive: pg_restore prints that table's data as COPY text.
    private async Task<List<string>> DumpMigrationsAsync(string source, string file, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = await RunPostgresToolAsync("pg_restore", ["--data-only", "--table=" + MigrationsTable, "--file=-", source], cancellationToken);
        }
        catch (BackupException e)
        {
            throw new BackupException($"{file} is not a readable pg_dump archive ({e.Message})");
        }

        var ids = new List<string>();
        var inCopy = false;
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith("COPY ", StringComparison.Ordinal) && line.Contains(MigrationsTable, StringComparison.Ordinal))
            {
                inCopy = true;
            }
            else if (inCopy && line == "\\.")
            {
                inCopy = false;
            }
            else if (inCopy && line.Length > 0)
            {
                ids.Add(line.Split('\t')[0]);
            }
        }

        return ids;
    }

    private async Task<bool> HasTablesAsync(CancellationToken cancellationToken)
    {
        if (IsSqlite)
        {
            var builder = new SqliteConnectionStringBuilder(db.Database.GetConnectionString());
            if (!File.Exists(Path.GetFullPath(builder.DataSource)))
            {
                return false;
            }
        }

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = IsSqlite
                ? "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                : "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'";
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) > 0;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private string Database() => new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()).Database
        ?? throw new BackupException("ConnectionStrings:Oversight names no Database");

    /// Runs pg_dump or pg_restore (from PATH) against the configured server; the connection's details go in
    /// the environment, so a password never appears on a command line. Returns what the tool printed.
    private async Task<string> RunPostgresToolAsync(string tool, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        SetIfGiven(start, "PGHOST", connection.Host);
        SetIfGiven(start, "PGPORT", connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        SetIfGiven(start, "PGUSER", connection.Username);
        SetIfGiven(start, "PGPASSWORD", connection.Password);
        SetIfGiven(start, "PGDATABASE", connection.Database);

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new BackupException($"{tool} did not start");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new BackupException($"{tool} was not found on PATH: install the PostgreSQL client tools of the server's version (Debian: postgresql-client)");
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0)
            {
                var message = (await error).Trim();
                throw new BackupException($"{tool} failed (exit {process.ExitCode}): {FirstLine(message)}");
            }

            return await output;
        }
    }

    private static void SetIfGiven(ProcessStartInfo start, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            start.Environment[name] = value;
        }
    }

    private static string FirstLine(string text)
    {
        var line = text.Split('\n', 2)[0].Trim();
        return line.Length == 0 ? "no message" : line;
    }
}
