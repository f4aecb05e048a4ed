namespace Oversight.Core.Performance.PoliceData;

/// One row of an outcomes file.
public sealed class OutcomeRecord : LocatedCrimeRecord
{
    public required string OutcomeType { get; set; }
}
