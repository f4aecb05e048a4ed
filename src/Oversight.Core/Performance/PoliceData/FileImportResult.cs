namespace Oversight.Core.Performance.PoliceData;

public sealed record FileImportResult(
    string File,
    PoliceFileKind? Kind,
    string? Month,
    int RowsRead,
    int RowsImported,
    int RowsRejected,
    bool ReplacedPrevious,
    ImportProblem? Rejection,
    IReadOnlyList<ImportProblem> RejectedRows)
{
    /// True when only the file's monthly counts were kept (another force's file, for comparisons).
    public bool CountsOnly { get; init; }

    public bool Imported => Rejection is null;

    public static FileImportResult Rejected(string file, ImportProblem problem, int rowsRead = 0) =>
        new(file, null, null, rowsRead, 0, 0, false, problem, []);
}

/// <param name="SkipBadRows">Import a file's good rows and report the bad ones, instead of rejecting the file.</param>
/// <param name="AnyForce">Keep every row of another force's file, as for the office's own force.</param>
/// <param name="OtherForcesAsCounts">Keep only the monthly counts of another force's file (a national bulk archive), instead of rejecting it.</param>
public sealed record PoliceImportOptions(bool SkipBadRows = false, bool AnyForce = false, bool OtherForcesAsCounts = false);
