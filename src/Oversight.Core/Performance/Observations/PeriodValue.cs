namespace Oversight.Core.Performance.Observations;

/// One value of a measure for an area and period, as an import works it out or a person submits it.
public sealed record PeriodValue(string Measure, string Area, string Period, DateOnly PeriodStart, double Value, double? Numerator, double? Denominator)
{
    public bool Matches(Observation held)
    {
        ArgumentNullException.ThrowIfNull(held);
        return held.Value.Equals(Value) && held.Numerator.Equals(Numerator) && held.Denominator.Equals(Denominator) && held.Notes is null;
    }
}
