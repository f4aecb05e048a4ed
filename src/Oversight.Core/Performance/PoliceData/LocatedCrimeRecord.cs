namespace Oversight.Core.Performance.PoliceData;

/// The columns street and outcomes files share: a crime and where it was. The month is the file's. Words (force
/// names, places, areas) are numbers of <see cref="PoliceDataTerm"/>s and the Crime ID is stored as its 32 bytes,
/// so a row as published can be rebuilt exactly from what is kept.
public abstract class LocatedCrimeRecord
{
    /// See <see cref="PoliceRecordKey"/>.
    public long Id { get; set; }

    public int Line => PoliceRecordKey.Line(Id);

    public string? CrimeId { get; set; }

    public int? ReportedByTerm { get; set; }

    public int? FallsWithinTerm { get; set; }

    public double? Longitude { get; set; }

    public double? Latitude { get; set; }

    public int? LocationTerm { get; set; }

    public int? LsoaCodeTerm { get; set; }

    public int? LsoaNameTerm { get; set; }
}
