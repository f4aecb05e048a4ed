namespace Oversight.Cli.Spc;

/// One line of a CSV file: its 1-based row number and its fields.
public sealed record CsvRow(int Number, IReadOnlyList<string> Fields)
{
    public bool IsBlank => Fields.All(string.IsNullOrWhiteSpace);
}
