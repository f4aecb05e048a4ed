namespace Oversight.Core.Performance.PoliceData;

/// One row of a street file, kept as published (Crime ID is not unique and may be blank).
public sealed class StreetCrimeRecord : LocatedCrimeRecord
{
    public int CrimeTypeTerm { get; set; }

    public int? LastOutcomeCategoryTerm { get; set; }

    public string? Context { get; set; }
}
