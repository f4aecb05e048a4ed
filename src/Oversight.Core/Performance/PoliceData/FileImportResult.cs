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
    public bool Imported => Rejection is null;

    public static FileImportResult Rejected(string file, ImportProblem problem, int rowsRead = 0) =>
        new(file, null, null, rowsRead, 0, 0, false, problem, []);
}

public sealed record PoliceImportOptions(bool SkipBadRows = false, bool AnyForce = false);
