namespace Oversight.Core.Performance.Submissions;

/// A row that passed every check, ready to become an observation. Kept as an upload's payload until committed.
public sealed record SubmittedRow(
    int Line,
    string Period,
    DateOnly PeriodStart,
    string Area,
    double Value,
    double? Numerator,
    double? Denominator,
    string? Notes);
