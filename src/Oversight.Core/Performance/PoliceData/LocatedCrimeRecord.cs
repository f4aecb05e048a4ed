namespace Oversight.Core.Performance.PoliceData;

/// The columns street and outcomes files share: a crime, where it was, and which file and line it came from.
public abstract class LocatedCrimeRecord
{
    public long Id { get; set; }

    public Guid FileId { get; set; }

    public int Line { get; set; }

    public required string Month { get; set; }

    public string? CrimeId { get; set; }

    public string? ReportedBy { get; set; }

    public string? FallsWithin { get; set; }

    public double? Longitude { get; set; }

    public double? Latitude { get; set; }

    public string? Location { get; set; }

    public string? LsoaCode { get; set; }

    public string? LsoaName { get; set; }
}
