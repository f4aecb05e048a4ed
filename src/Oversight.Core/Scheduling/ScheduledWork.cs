using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Oversight.Core.Data;

namespace Oversight.Core.Scheduling;

/// Runs scheduled work once across every instance of the app that shares the database. On PostgreSQL a session
/// advisory lock, named after the job, lets one instance in at a time (PostgreSQL releases it if that instance
/// dies); on SQLite, which one machine serves, a lock in this process does the same. Use it for any background
/// job: the casework retention job here, and outbox sending.
public sealed class ScheduledWork(OversightDbContext db, TimeProvider clock)
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> LocalLocks = new(StringComparer.Ordinal);

    /// Runs the work unless another instance is running the same job right now; returns whether it ran.
    public async Task<bool> TryRunExclusiveAsync(string job, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (!db.Database.IsNpgsql())
        {
            var gate = LocalLocks.GetOrAdd(job, _ => new SemaphoreSlim(1, 1));
            if (!await gate.WaitAsync(TimeSpan.Zero, cancellationToken))
            {
                return false;
            }

            try
            {
                await work(cancellationToken);
                return true;
            }
            finally
            {
                gate.Release();
            }
        }

        // A session lock lives on one connection, so this context keeps its connection open until it is released.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var key = LockKey(job);
            if (!await AdvisoryAsync("SELECT pg_try_advisory_lock(@key)", key, cancellationToken))
            {
                return false;
            }

            try
            {
                await work(cancellationToken);
                return true;
            }
            finally
            {
                await AdvisoryAsync("SELECT pg_advisory_unlock(@key)", key, CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// Runs the work at most once per period (e.g. the UK date for a daily job) across every instance: the
    /// first instance to arrive runs it and records the period; the others, then or later, see it done.
    /// Returns whether this call ran it.
    public async Task<bool> RunOncePerPeriodAsync(string job, string period, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var ran = false;
        await TryRunExclusiveAsync(job, async ct =>
        {
            var last = await db.ScheduledRuns.SingleOrDefaultAsync(r => r.Job == job, ct);
            if (last?.Period == period)
            {
                return;
            }

            await work(ct);
            if (last is null)
            {
                db.ScheduledRuns.Add(new ScheduledRun { Job = job, Period = period, RanAt = clock.GetUtcNow() });
            }
            else
            {
                last.Period = period;
                last.RanAt = clock.GetUtcNow();
            }

            await db.SaveChangesAsync(ct);
            ran = true;
        }, cancellationToken);
        return ran;
    }

    private async Task<bool> AdvisoryAsync(string sql, long key, CancellationToken cancellationToken)
    {
        await using var command = (NpgsqlCommand)db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("key", key);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    // Advisory locks are named by a 64-bit number; this one is stable across processes and versions.
    private static long LockKey(string job) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("oversight:scheduled:" + job)), 0);
}
