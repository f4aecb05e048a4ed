namespace Oversight.Core.Accountability.Outputs;

/// A figure a programme reports that no other capability holds, such as victims protected by SmartWater.
public sealed class ProgrammeOutput
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// Stable id the annual report cites, for example "smartwater-victims-protected".
    public required string Key { get; set; }

    public required string Name { get; set; }

    public required string Programme { get; set; }

    public string Description { get; set; } = "";

    public List<OutputValue> Values { get; set; } = [];
}

/// One period's value, with its evidence and who confirmed it. A correction is a new value; none is overwritten.
public sealed class OutputValue
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OutputId { get; set; }

    /// The financial year, "2024-25".
    public required string Period { get; set; }

    public decimal Value { get; set; }

    public string? Note { get; set; }

    public string? EvidenceUrl { get; set; }

    public string? EvidenceFileName { get; set; }

    public string? EvidenceContentType { get; set; }

    // N.B. kept out of the audit trail: a document's bytes would swell every entry; its name and type are recorded.
    [Audit.AuditRedacted]
    public byte[]? EvidenceContent { get; set; }

    public required string ConfirmedBy { get; set; }

    public DateTimeOffset ConfirmedAt { get; set; }
}
