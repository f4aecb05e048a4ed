using System.Text.RegularExpressions;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Audit;
using Oversight.Core.Data;
using Oversight.Domain;
using Oversight.Domain.Performance.PoliceData;

namespace Oversight.Core.Performance.PoliceData;

/// Imports one police.uk monthly file. Each file is one transaction: it replaces any earlier import of the same
/// force, kind and month (so importing again never duplicates) and either all of it lands or none of it does.
public sealed partial class PoliceFileImporter(
    OversightDbContext db, PoliceDataConfiguration config, PoliceDataDerivation derivation, IAuditActor actor, TimeProvider clock)
{
    public async Task<FileImportResult> ImportAsync(ImportSource source, PoliceImportOptions options, Action<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        var name = Path.GetFileName(source.Name.Split('!')[^1]);
        try
        {
            return await ImportCheckedAsync(source, name, options, progress, cancellationToken);
        }
        catch (Exception e) when (Unreadable(e, name) is { } problem)
        {
            // Before the transaction began (the header and first row) or after it was rolled back.
            db.ChangeTracker.Clear();
            return FileImportResult.Rejected(source.Name, problem);
        }
    }

    // What makes a file unreadable, as opposed to a bug: not UTF-8, a damaged archive entry, a line without end.
    private static ImportProblem? Unreadable(Exception e, string name) => e switch
    {
        System.Text.DecoderFallbackException => new(name, 0, null, Uploads.TextDecoding.NotUtf8(name)),
        InvalidDataException when e.Message.StartsWith(PoliceCsvReader.LineTooLong, StringComparison.Ordinal) => new(name, 0, null, e.Message),
        InvalidDataException => new(name, 0, null, "the file is damaged or only partly copied"),
        _ => null,
    };

    private async Task<FileImportResult> ImportCheckedAsync(ImportSource source, string name, PoliceImportOptions options, Action<int>? progress, CancellationToken cancellationToken)
    {
        using var csv = new PoliceCsvReader(source.Open());
        var opened = Open(csv, source, name, config, options);
        if (opened.Rejection is not null)
        {
            return opened.Rejection;
        }

        var (kind, header, first, month, force, countsOnly) = (opened.Kind, opened.Header!, opened.First, opened.Month!, opened.Force!, opened.CountsOnly);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                await WaitForOtherImportsAsync(cancellationToken);
                var replaced = await RemovePreviousAsync(force, kind, month, cancellationToken);
                var file = new PoliceDataFile
                {
                    Force = force,
                    Kind = kind,
                    Month = month,
                    Number = await NextNumberAsync(cancellationToken),
                    FileName = name,
                    Sha256 = "",
                    ImportedAt = clock.GetUtcNow(),
                    ImportedBy = actor.Name,
                };
                db.PoliceDataFiles.Add(file);
                await db.SaveChangesAsync(cancellationToken);

                if (countsOnly)
                {
                    var counted = Count(csv, first, kind, name, month, header.Length, options.SkipBadRows, progress, cancellationToken);
                    db.NationalCounts.AddRange(counted.Tally.ToCounts(force, month));
                    file.Sha256 = csv.Sha256();
                    (file.RowsRead, file.RowsImported, file.RowsRejected) = (counted.Read, counted.Read - counted.Rejected.Count, counted.Rejected.Count);
                    await db.SaveChangesAsync(cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                    return new FileImportResult(source.Name, kind, month, file.RowsRead, file.RowsImported, file.RowsRejected, replaced, null, counted.Rejected) { CountsOnly = true };
                }

                var terms = await PoliceTermCodes.LoadAsync(db, cancellationToken);
                var rows = new RowWriter(db, kind, new PoliceRowParser(name, month, file.Number, terms), options.SkipBadRows, name, header.Length);
                await using (rows)
                {
                    await PipeAsync(csv, first, rows, progress, cancellationToken);
                    await rows.CompleteAsync(cancellationToken);
                }

                progress?.Invoke(rows.Read);
                await terms.SaveAddedAsync(db, cancellationToken);
                db.NationalCounts.AddRange(rows.Tally.ToCounts(force, month));
                file.Sha256 = csv.Sha256();
                (file.RowsRead, file.RowsImported, file.RowsRejected) = (rows.Read, rows.Imported, rows.Rejected.Count);
                await db.SaveChangesAsync(cancellationToken);
                if (force == config.Force)
                {
                    await derivation.DeriveAsync(file, cancellationToken);
                }

                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return new FileImportResult(source.Name, kind, month, rows.Read, rows.Imported, rows.Rejected.Count, replaced, null, rows.Rejected);
            }
            catch (ImportRejectedException e)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return FileImportResult.Rejected(source.Name, e.Problem, e.Problem.Line - 1);
            }
        });
    }

    /// A file read up to its first row: what it is, whose and which month, or why it is rejected.
    private sealed record OpenedFile(
        PoliceFileKind Kind, string[]? Header, string[]? First, string? Month, string? Force, bool CountsOnly, FileImportResult? Rejection);

    private static OpenedFile Open(PoliceCsvReader csv, ImportSource source, string name, PoliceDataConfiguration config, PoliceImportOptions options)
    {
        OpenedFile Rejected(ImportProblem problem) => new(default, null, null, null, null, false, FileImportResult.Rejected(source.Name, problem));
        var header = csv.Read();
        if (header is null)
        {
            return Rejected(new(name, 1, null, "the file is empty"));
        }

        if (PoliceFileFormat.Recognise(header) is not { } kind)
        {
            return Rejected(new(name, 1, null,
                "the header is not a police.uk street, outcomes or stop-and-search header; expected for example \"" +
                string.Join(",", PoliceFileFormat.Street) + "\""));
        }

        var first = csv.Read();
        var identity = Identify(config, name, kind, first, csv.Line);
        if (identity.Problem is not null)
        {
            return Rejected(identity.Problem);
        }

        var (month, force) = (identity.Month!, identity.Force!);
        var countsOnly = force != config.Force && !options.AnyForce && options.OtherForcesAsCounts;
        if (force != config.Force && !options.AnyForce && !countsOnly)
        {
            return Rejected(new(name, first is null ? 1 : csv.Line, null,
                $"the file is for {force}, not {config.Force}; import it with --any-force if that is intended"));
        }

        return new(kind, header, first, month, force, countsOnly, null);
    }

    /// Reads another force's file and counts it, storing nothing: <see cref="National.NationalCountBatch"/> stores many such
    /// files in one transaction. Null when the file is to be kept in full (the office's own force, or --any-force),
    /// which only <see cref="ImportAsync"/> does.
    internal static (National.CountedFile? Counted, FileImportResult? Rejected) CountOnly(
        ImportSource source, PoliceDataConfiguration config, PoliceImportOptions options, Action<int>? progress, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(source.Name.Split('!')[^1]);
        try
        {
            using var csv = new PoliceCsvReader(source.Open());
            var opened = Open(csv, source, name, config, options);
            if (opened.Rejection is not null)
            {
                return (null, opened.Rejection);
            }

            if (!opened.CountsOnly)
            {
                return (null, null);
            }

            var counted = Count(csv, opened.First, opened.Kind, name, opened.Month!, opened.Header!.Length, options.SkipBadRows, progress, cancellationToken);
            return (new National.CountedFile(source.Name, name, opened.Force!, opened.Kind, opened.Month!, csv.Sha256(), counted.Tally, counted.Read, counted.Rejected), null);
        }
        catch (ImportRejectedException e)
        {
            return (null, FileImportResult.Rejected(source.Name, e.Problem, e.Problem.Line - 1));
        }
        catch (Exception e) when (Unreadable(e, name) is { } problem)
        {
            return (null, FileImportResult.Rejected(source.Name, problem));
        }
    }

    /// Reads and validates on one thread while the other writes, so a large file costs about the slower of the two
    /// rather than their sum. The bounded channel keeps memory flat however big the file is.
    private static async Task PipeAsync(PoliceCsvReader csv, string[]? first, RowWriter rows, Action<int>? progress, CancellationToken cancellationToken)
    {
        const int batchSize = 2048;
        var channel = Channel.CreateBounded<List<object>>(new BoundedChannelOptions(8) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = Task.Run(async () =>
        {
            try
            {
                var batch = new List<object>(batchSize);
                for (var more = first is not null; more; more = csv.Next())
                {
                    if (rows.Parse(csv) is { } record)
                    {
                        batch.Add(record);
                    }

                    if (batch.Count == batchSize)
                    {
                        await channel.Writer.WriteAsync(batch, stop.Token);
                        batch = new List<object>(batchSize);
                        progress?.Invoke(rows.Read);
                    }
                }

                await channel.Writer.WriteAsync(batch, stop.Token);
            }
            finally
            {
                channel.Writer.Complete();
            }
        }, stop.Token);

        try
        {
            await foreach (var batch in channel.Reader.ReadAllAsync(stop.Token))
            {
                foreach (var record in batch)
                {
                    await rows.WriteAsync(record, stop.Token);
                }
            }
        }
        catch
        {
            // The writer failed: stop the reader too, then let the writer's error surface.
            await stop.CancelAsync();
            throw;
        }
        finally
        {
            await reading.ContinueWith(_ => { }, TaskScheduler.Default);
        }

        await reading;
    }

    /// Another force's file: every row is checked for its shape, month and force, then only counted by category.
    /// The reader streams, so memory stays flat whatever the file's size.
    private static (National.CategoryTally Tally, int Read, List<ImportProblem> Rejected) Count(
        PoliceCsvReader csv, string[]? first, PoliceFileKind kind, string name, string month, int columns, bool skipBadRows, Action<int>? progress, CancellationToken cancellationToken)
    {
        var tally = new National.CategoryTally(kind);
        var rejected = new List<ImportProblem>();
        var read = 0;
        var fallsWithin = kind != PoliceFileKind.StopAndSearch && first is { Length: > 3 } ? first[3] : null;
        for (var more = first is not null; more; more = csv.Next())
        {
            read++;
            var problem = csv.BadData is not null || csv.Count != columns
                ? new ImportProblem(name, csv.Line, null, csv.BadData ?? $"expected {columns} fields, found {csv.Count}")
                : kind == PoliceFileKind.StopAndSearch ? null
                : !csv[1].SequenceEqual(month) ? new ImportProblem(name, csv.Line, "Month", $"expected {month}, the file's month, found \"{csv[1]}\"")
                : !csv[3].SequenceEqual(fallsWithin) ? new ImportProblem(name, csv.Line, "Falls within", $"expected {fallsWithin}, as on the file's first row, found \"{csv[3]}\"")
                : null;
            if (problem is null)
            {
                tally.Add(csv);
            }
            else if (skipBadRows)
            {
                rejected.Add(problem);
            }
            else
            {
                throw new ImportRejectedException(problem);
            }

            if (read % 8192 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Invoke(read);
            }
        }

        progress?.Invoke(read);
        return (tally, read, rejected);
    }

    private async Task<bool> RemovePreviousAsync(string force, PoliceFileKind kind, string month, CancellationToken cancellationToken)
    {
        var previous = await db.PoliceDataFiles.SingleOrDefaultAsync(f => f.Force == force && f.Kind == kind && f.Month == month, cancellationToken);
        if (previous is null)
        {
            return false;
        }

        await RemoveAsync(db, previous, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// Removes an imported file's rows and counts, and marks its provenance row deleted (saved with the caller's changes).
    internal static async Task RemoveAsync(OversightDbContext db, PoliceDataFile previous, CancellationToken cancellationToken)
    {
        var (from, to) = PoliceRecordKey.Range(previous.Number);
        await db.StreetCrimes.Where(r => r.Id >= from && r.Id < to).ExecuteDeleteAsync(cancellationToken);
        await db.CrimeOutcomes.Where(r => r.Id >= from && r.Id < to).ExecuteDeleteAsync(cancellationToken);
        await db.StopSearches.Where(r => r.Id >= from && r.Id < to).ExecuteDeleteAsync(cancellationToken);
        await db.NationalCounts.Where(c => c.Force == previous.Force && c.Kind == previous.Kind && c.Month == previous.Month).ExecuteDeleteAsync(cancellationToken);
        db.PoliceDataFiles.Remove(previous);
    }

    // File numbers and term numbers are handed out as the highest so far plus one, so imports take turns. SQLite's
    // write lock already makes them; PostgreSQL needs a lock held until the transaction ends.
    private Task WaitForOtherImportsAsync(CancellationToken cancellationToken) => WaitForOtherImportsAsync(db, cancellationToken);

    internal static async Task WaitForOtherImportsAsync(OversightDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(20240501)", cancellationToken);
        }
    }

    private Task<int> NextNumberAsync(CancellationToken cancellationToken) => NextNumberAsync(db, cancellationToken);

    internal static async Task<int> NextNumberAsync(OversightDbContext db, CancellationToken cancellationToken) =>
        (await db.PoliceDataFiles.MaxAsync(f => (int?)f.Number, cancellationToken) ?? 0) + 1;

    /// The month and force a file is for: from its police.uk name where it has one, otherwise from its first row.
    private static (string? Month, string? Force, ImportProblem? Problem) Identify(PoliceDataConfiguration office, string name, PoliceFileKind kind, string[]? first, int line)
    {
        var fromName = PoliceFileFormat.ParseName(name);
        string? month = fromName?.Month;
        string? force = fromName?.Force;
        if (first is not null && kind != PoliceFileKind.StopAndSearch && first.Length > 3)
        {
            if (!MonthPattern().IsMatch(first[1]))
            {
                return (null, null, new(name, line, "Month", $"expected a month like 2024-05, found \"{first[1]}\""));
            }

            if (month is not null && month != first[1])
            {
                return (null, null, new(name, line, "Month", $"the file is named for {month} but its rows are for {first[1]}"));
            }

            month = first[1];
            var fallsWithin = first[3];
            // A renamed file from another force would otherwise be counted in this office's figures.
            if (force == office.Force && fallsWithin.Length > 0 && fallsWithin != office.ForceName)
            {
                return (null, null, new(name, line, "Falls within", $"the file is named for {force} but its rows fall within {fallsWithin}, not {office.ForceName}"));
            }

            force ??= fallsWithin == office.ForceName ? office.Force : fallsWithin.Length > 0 ? PoliceFileFormat.ForceSlug(fallsWithin) : null;
        }

        if (kind == PoliceFileKind.StopAndSearch && month is null && first is not null && first.Length > 1
            && DateTimeOffset.TryParse(first[1], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
        {
            month = UkTime.Month(date);
        }

        if (month is null || force is null)
        {
            return (null, null, new(name, line, null,
                "cannot tell which force and month the file is for; keep the police.uk file name (YYYY-MM-force-kind.csv)"));
        }

        return (month, force, null);
    }

    [GeneratedRegex(@"^\d{4}-(0[1-9]|1[0-2])$")]
    private static partial Regex MonthPattern();
}
