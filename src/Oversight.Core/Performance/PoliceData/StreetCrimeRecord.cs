namespace Oversight.Core.Performance.PoliceData;

/// One row of a street file, kept as published (Crime ID is not unique and may be blank).
public sealed class StreetCrimeRecord : LocatedCrimeRecord
{
    public required string CrimeType { get; set; }

    public string? LastOutcomeCategory { get; set; }

    public string? Context { get; set; }
}
