namespace Oversight.Core.Performance.Observations;

/// Provenance of an already-aggregated source (such as a district's monthly MSOA tables) turned into observations.
public sealed class AggregateImport
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string FileName { get; set; }

    public required string Sha256 { get; set; }

    /// The area (force or district id) the file's values were written for: with Sha256, how an import of the
    /// same file for the same area is recognised. Description is for people and is never matched.
    public required string Area { get; set; }

    public required string Description { get; set; }

    public int Observations { get; set; }

    public DateTimeOffset ImportedAt { get; set; }

    public required string ImportedBy { get; set; }
}
