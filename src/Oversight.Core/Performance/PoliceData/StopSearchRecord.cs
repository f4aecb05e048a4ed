namespace Oversight.Core.Performance.PoliceData;

/// One row of a stop-and-search file. Date is the published UTC instant; Month is the file's month, which a
/// search just after midnight in British Summer Time can precede.
public sealed class StopSearchRecord
{
    public long Id { get; set; }

    public Guid FileId { get; set; }

    public int Line { get; set; }

    public required string Month { get; set; }

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
