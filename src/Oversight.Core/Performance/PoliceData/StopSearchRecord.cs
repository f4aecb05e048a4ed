namespace Oversight.Core.Performance.PoliceData;

/// One row of a stop-and-search file. Date is the published UTC instant; the file's month is the month it was
/// published for, which a search just after midnight in British Summer Time can precede.
public sealed class StopSearchRecord
{
    /// See <see cref="PoliceRecordKey"/>.
    public long Id { get; set; }

    public int Line => PoliceRecordKey.Line(Id);

    public required string Type { get; set; }

    public DateTimeOffset Date { get; set; }

    public bool? PartOfPolicingOperation { get; set; }

    public string? PolicingOperation { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public string? Gender { get; set; }

    public string? AgeRange { get; set; }

    public string? SelfDefinedEthnicity { get; set; }

    public string? OfficerDefinedEthnicity { get; set; }

    public string? Legislation { get; set; }

    public string? ObjectOfSearch { get; set; }

    public string? Outcome { get; set; }

    public bool? OutcomeLinkedToObjectOfSearch { get; set; }

    public bool? RemovalOfMoreThanOuterClothing { get; set; }
}
