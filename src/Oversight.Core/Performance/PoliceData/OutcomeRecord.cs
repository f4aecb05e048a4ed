namespace Oversight.Core.Performance.PoliceData;

/// One row of an outcomes file.
public sealed class OutcomeRecord : LocatedCrimeRecord
{
    public int OutcomeTypeTerm { get; set; }
}
