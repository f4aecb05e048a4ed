using Oversight.Core.Data;

namespace Oversight.Core.Performance.PoliceData;

/// Validates each row and writes the good ones; a bad row either abandons the file or, when skipping is allowed,
/// is set aside with its reason.
public sealed class RowWriter(OversightDbContext db, PoliceFileKind kind, PoliceRowParser parser, bool skipBadRows, string fileName, int columns)
    : IAsyncDisposable
{
    private readonly RecordSink<StreetCrimeRecord>? street = kind == PoliceFileKind.Street ? RecordSink.Create<StreetCrimeRecord>(db) : null;
    private readonly RecordSink<OutcomeRecord>? outcomes = kind == PoliceFileKind.Outcomes ? RecordSink.Create<OutcomeRecord>(db) : null;
    private readonly RecordSink<StopSearchRecord>? stopSearch = kind == PoliceFileKind.StopAndSearch ? RecordSink.Create<StopSearchRecord>(db) : null;
    private readonly List<ImportProblem> rejected = [];

    public int Read { get; private set; }

    public int Imported { get; private set; }

    public IReadOnlyList<ImportProblem> Rejected => rejected;

    /// The accepted rows by category, kept for comparisons with other forces.
    public National.CategoryTally Tally { get; } = new(kind);

    /// Validates the reader's current row; returns the record to write, or null when the row is set aside. Runs on
    /// the reading thread.
    public object? Parse(PoliceCsvReader row)
    {
        ArgumentNullException.ThrowIfNull(row);
        Read++;
        if (row.BadData is not null || row.Count != columns)
        {
            Reject(new ImportProblem(fileName, row.Line, null, row.BadData ?? $"expected {columns} fields, found {row.Count}"));
            return null;
        }

        object? record = kind switch
        {
            PoliceFileKind.Street => parser.Street(row),
            PoliceFileKind.Outcomes => parser.Outcome(row),
            _ => parser.StopSearch(row),
        };
        if (record is null)
        {
            Reject(parser.Problem!);
            return null;
        }

        Imported++;
        Tally.Add(row);
        return record;
    }

    /// Writes a validated record. Runs on the writing thread.
    public ValueTask WriteAsync(object record, CancellationToken cancellationToken) => record switch
    {
        StreetCrimeRecord street => this.street!.WriteAsync(street, cancellationToken),
        OutcomeRecord outcome => outcomes!.WriteAsync(outcome, cancellationToken),
        _ => stopSearch!.WriteAsync((StopSearchRecord)record, cancellationToken),
    };

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
