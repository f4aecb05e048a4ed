namespace Oversight.Core.Performance.Submissions;

/// One row of values as it arrived, before any checking: blank cells are null. <see cref="Measure"/> is given only
/// in a return of several measures.
public sealed record RawRow(int Line, string? Period, string? Area, string? Value, string? Numerator, string? Denominator, string? Notes, string? Measure = null);

