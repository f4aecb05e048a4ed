using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Audit;
using Oversight.Core.Data;
using Oversight.Core.Performance.PoliceData;
using Oversight.Domain.Performance.PoliceData;

namespace Oversight.Core.Performance.National;

/// Another force's file, read and counted, waiting to be stored.
internal sealed record CountedFile(
    string Source, string Name, string Force, PoliceFileKind Kind, string Month, string Sha256, CategoryTally Tally, int Read, List<ImportProblem> Rejected);

/// Imports a national archive's other-force files many to a transaction. Each file is read, checked and counted as
/// it comes, so progress and rejections stay per file; its counts (a few dozen categories) wait in memory until
/// <see cref="FilesPerTransaction"/> files are waiting, and then all of them are stored at once. A file's own
/// transaction cost (lock, replace-previous check, provenance, two saves, commit) was most of a national import's
/// time (docs/performance.md), so paying it once per batch is what makes thousands of files quick. Each batch is all
/// or nothing; a file rejected while reading never joins one.
public sealed class NationalCountBatch(IServiceScopeFactory scopes, PoliceDataConfiguration config, TimeProvider clock)
{
    public const int FilesPerTransaction = 200;

    private readonly List<CountedFile> waiting = [];
    private HashSet<(string Force, PoliceFileKind Kind, string Month)>? stored;

    /// Counts another force's file and queues its counts, storing the queue when it is full. Null for a file to be
    /// kept in full (the office's own force, or with --any-force): import that one with <see cref="PoliceFileImporter"/>.
    public async Task<FileImportResult?> AddAsync(ImportSource source, PoliceImportOptions options, Action<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        if (!options.OtherForcesAsCounts || options.AnyForce)
        {
            return null;
        }

        stored ??= await StoredAsync(cancellationToken);
        var (counted, rejected) = PoliceFileImporter.CountOnly(source, config, options, progress, cancellationToken);
        if (counted is null)
        {
            return rejected;
        }

        var key = (counted.Force, counted.Kind, counted.Month);
        if (waiting.Exists(w => (w.Force, w.Kind, w.Month) == key))
        {
            // The same month twice in one run: the later file replaces the earlier, as two runs would.
            await FlushAsync(cancellationToken);
        }

        waiting.Add(counted);
        var replaced = !stored.Add(key);
        if (waiting.Count >= FilesPerTransaction)
        {
            await FlushAsync(cancellationToken);
        }

        return new FileImportResult(source.Name, counted.Kind, counted.Month, counted.Read, counted.Read - counted.Rejected.Count,
            counted.Rejected.Count, replaced, null, counted.Rejected)
        { CountsOnly = true };
    }

    /// Stores every waiting file in one transaction, replacing any earlier import of the same force, kind and month.
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (waiting.Count == 0)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OversightDbContext>();
        var importedBy = scope.ServiceProvider.GetRequiredService<IAuditActor>().Name;
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await PoliceFileImporter.WaitForOtherImportsAsync(db, cancellationToken);
            var forces = waiting.Select(w => w.Force).Distinct().ToList();
            var months = waiting.Select(w => w.Month).Distinct().ToList();
            var previous = await db.PoliceDataFiles.Where(f => forces.Contains(f.Force) && months.Contains(f.Month)).ToListAsync(cancellationToken);
            foreach (var file in previous.Where(f => waiting.Exists(w => w.Force == f.Force && w.Kind == f.Kind && w.Month == f.Month)))
            {
                await PoliceFileImporter.RemoveAsync(db, file, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            var number = await PoliceFileImporter.NextNumberAsync(db, cancellationToken);
            foreach (var file in waiting)
            {
                db.PoliceDataFiles.Add(new PoliceDataFile
                {
                    Force = file.Force,
                    Kind = file.Kind,
                    Month = file.Month,
                    Number = number++,
                    FileName = file.Name,
                    Sha256 = file.Sha256,
                    RowsRead = file.Read,
                    RowsImported = file.Read - file.Rejected.Count,
                    RowsRejected = file.Rejected.Count,
                    ImportedAt = clock.GetUtcNow(),
                    ImportedBy = importedBy,
                });
                db.NationalCounts.AddRange(file.Tally.ToCounts(file.Force, file.Month));
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        waiting.Clear();
    }

    /// Which force, kind and month are held already, read once per run, to say which files replace an earlier import.
    private async Task<HashSet<(string, PoliceFileKind, string)>> StoredAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OversightDbContext>();
        var files = await db.PoliceDataFiles.Select(f => new { f.Force, f.Kind, f.Month }).ToListAsync(cancellationToken);
        return [.. files.Select(f => (f.Force, f.Kind, f.Month))];
    }
}
