namespace Oversight.Core.Performance.PoliceData;

/// What is wrong with a file or one of its rows, precise enough to find and fix: file, line, column, expectation.
public sealed record ImportProblem(string File, int Line, string? Column, string Message)
{
    public override string ToString() =>
        Column is null ? $"{File}: line {Line}: {Message}" : $"{File}: line {Line}, column \"{Column}\": {Message}";
}

/// Thrown inside a file's import to abandon it; the transaction rolls back so nothing from the file is written.
public sealed class ImportRejectedException(ImportProblem problem) : Exception(problem.ToString())
{
    public ImportProblem Problem { get; } = problem;
}
