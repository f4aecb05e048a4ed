using Oversight.Core.Performance.Observations;

namespace Oversight.Core.Performance.Submissions;

public enum ChangeKind
{
    /// No value is held yet for the period and area.
    New,

    /// A different value is held; this one becomes the next version.
    Replaces,

    /// The same value is held already, so nothing is written.
    Unchanged,
}

/// What recording one row would do, given the value currently held for its period and area.
public sealed record ValueChange(SubmittedRow Row, Observation? Current)
{
    public ChangeKind Kind => Current is null ? ChangeKind.New
        : Current.Value == Row.Value && Current.Numerator == Row.Numerator && Current.Denominator == Row.Denominator
          && string.Equals(Current.Notes, Row.Notes, StringComparison.Ordinal) ? ChangeKind.Unchanged
        : ChangeKind.Replaces;
}
