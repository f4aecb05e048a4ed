namespace Oversight.Core.Accountability.Precept;

/// A financial year's precept as set: the requirement and each billing authority's tax base in Band D equivalents.
public sealed class PreceptRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// "2025-26".
    public required string Year { get; set; }

    public decimal Requirement { get; set; }

    public required string RecordedBy { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public List<TaxBase> TaxBases { get; set; } = [];

    public decimal TotalTaxBase => TaxBases.Sum(t => t.BandDEquivalents);
}

/// One billing authority's council tax base for the year.
public sealed class TaxBase
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid PreceptRecordId { get; set; }

    public required string District { get; set; }

    public decimal BandDEquivalents { get; set; }
}
