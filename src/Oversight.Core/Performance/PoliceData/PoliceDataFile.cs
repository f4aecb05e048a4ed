namespace Oversight.Core.Performance.PoliceData;

public enum PoliceFileKind
{
    Street,
    Outcomes,
    StopAndSearch,
}

/// Provenance of one imported police.uk monthly file. A force, kind and month has at most one: importing the
/// same month again replaces its rows, which is what makes imports idempotent.
public sealed class PoliceDataFile
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// The file's small number, from which its rows' keys are made (<see cref="PoliceRecordKey"/>).
    public int Number { get; set; }

    public required string Force { get; set; }

    public PoliceFileKind Kind { get; set; }

    /// The publication month, YYYY-MM.
    public required string Month { get; set; }

    public required string FileName { get; set; }

    public required string Sha256 { get; set; }

    public int RowsRead { get; set; }

    public int RowsImported { get; set; }

    public int RowsRejected { get; set; }

    public DateTimeOffset ImportedAt { get; set; }

    public required string ImportedBy { get; set; }
}
