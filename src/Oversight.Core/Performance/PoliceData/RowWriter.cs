using Oversight.Core.Data;

namespace Oversight.Core.Performance.PoliceData;

/// Validates each row and writes the good ones; a bad row either abandons the file or, when skipping is allowed,
/// is set aside with its reason.
public sealed class RowWriter(OversightDbContext db, PoliceDataFile file, PoliceFileKind kind, PoliceRowParser parser, bool skipBadRows, string fileName, int columns)
    : IAsyncDisposable
{
    private readonly RecordSink<StreetCrimeRecord>? street = kind == PoliceFileKind.Street ? RecordSink.Create<StreetCrimeRecord>(db) : null;
    private readonly RecordSink<OutcomeRecord>? outcomes = kind == PoliceFileKind.Outcomes ? RecordSink.Create<OutcomeRecord>(db) : null;
    private readonly RecordSink<StopSearchRecord>? stopSearch = kind == PoliceFileKind.StopAndSearch ? RecordSink.Create<StopSearchRecord>(db) : null;
    private readonly List<ImportProblem> rejected = [];

    public int Read { get; private set; }

    public int Imported { get; private set; }

    public IReadOnlyList<ImportProblem> Rejected => rejected;

    public async ValueTask WriteAsync(string[] fields, int line, string? badData, CancellationToken cancellationToken)
    {
        Read++;
        if (badData is not null || fields.Length != columns)
        {
            Reject(new ImportProblem(fileName, line, null, badData ?? $"expected {columns} fields, found {fields.Length}"));
            return;
        }

        switch (kind)
        {
            case PoliceFileKind.Street when parser.Street(fields, line) is { } record:
                record.FileId = file.Id;
                await street!.WriteAsync(record, cancellationToken);
                break;
            case PoliceFileKind.Outcomes when parser.Outcome(fields, line) is { } record:
                record.FileId = file.Id;
                await outcomes!.WriteAsync(record, cancellationToken);
                break;
            case PoliceFileKind.StopAndSearch when parser.StopSearch(fields, line) is { } record:
                record.FileId = file.Id;
                await stopSearch!.WriteAsync(record, cancellationToken);
                break;
            default:
                Reject(parser.Problem!);
                return;
        }

        Imported++;
    }

    public async ValueTask CompleteAsync(CancellationToken cancellationToken)
    {
        if (street is not null)
        {
            await street.CompleteAsync(cancellationToken);
        }

        if (outcomes is not null)
        {
            await outcomes.CompleteAsync(cancellationToken);
        }

        if (stopSearch is not null)
        {
            await stopSearch.CompleteAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (street is not null)
        {
            await street.DisposeAsync();
        }

        if (outcomes is not null)
        {
            await outcomes.DisposeAsync();
        }

        if (stopSearch is not null)
        {
            await stopSearch.DisposeAsync();
        }
    }

    private void Reject(ImportProblem problem)
    {
        if (!skipBadRows)
        {
            throw new ImportRejectedException(problem);
        }

        rejected.Add(problem);
    }
}
