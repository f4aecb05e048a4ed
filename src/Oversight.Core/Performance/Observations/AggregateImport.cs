namespace Oversight.Core.Performance.Observations;

/// Provenance of an already-aggregated source (such as a district's monthly MSOA tables) turned into observations.
public sealed class AggregateImport
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string FileName { get; set; }

    public required string Sha256 { get; set; }

    public required string Description { get; set; }

    public int Observations { get; set; }

    public DateTimeOffset ImportedAt { get; set; }

    public required string ImportedBy { get; set; }
}
