namespace Oversight.Core.Performance.Observations;

public enum ObservationSource
{
    PoliceOpenData,
    AggregateImport,
    PartnerUpload,
    ManualEntry,
}

/// One value of a measure for an area and period. Values are never overwritten: a resubmission adds a new
/// version and marks the old one not current, so every figure anyone entered stays on record.
public sealed class Observation
{
    public const string ForceArea = "force";

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string MeasureId { get; set; }

    /// "force" for the whole force area, otherwise a district id such as "leeds".
    public required string Area { get; set; }

    /// The period as people write it: 2024-05, 2024-25 Q3 or 2024-25.
    public required string Period { get; set; }

    /// First day of the period, for ordering and filtering.
    public DateOnly PeriodStart { get; set; }

    public double Value { get; set; }

    public double? Numerator { get; set; }

    public double? Denominator { get; set; }

    public string? Notes { get; set; }

    public ObservationSource Source { get; set; }

    /// The police file, upload or aggregate import the value came from; null for manual entry.
    public Guid? ProvenanceId { get; set; }

    public int Version { get; set; } = 1;

    public bool IsCurrent { get; set; } = true;

    public DateTimeOffset RecordedAt { get; set; }

    public required string RecordedBy { get; set; }
}
