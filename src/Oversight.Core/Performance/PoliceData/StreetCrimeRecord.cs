namespace Oversight.Core.Performance.PoliceData;

/// One row of a street file, kept as published (Crime ID is not unique and may be blank).
public sealed class StreetCrimeRecord
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

    public required string CrimeType { get; set; }

    public string? LastOutcomeCategory { get; set; }

    public string? Context { get; set; }
}
