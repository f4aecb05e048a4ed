namespace Oversight.Domain.Performance.Spc;

/// <summary>
/// The special-cause rules a point takes part in. A point can belong to several at once, for
/// example the peak shared by a rising and a falling trend, or a point above the upper process
/// limit that also ends a run above the mean.
/// </summary>
[Flags]
public enum SpcRules
{
    /// <summary>The point is not part of any special-cause pattern.</summary>
    None = 0,

    /// <summary>The value lies above the upper process limit (an "astronomical" high point).</summary>
    OutsideUpper = 1,

    /// <summary>The value lies below the lower process limit (an "astronomical" low point).</summary>
    OutsideLower = 2,

    /// <summary>The point is part of a run of consecutive strictly rising values long enough to count as a trend.</summary>
    TrendIncreasing = 4,

    /// <summary>The point is part of a run of consecutive strictly falling values long enough to count as a trend.</summary>
    TrendDecreasing = 8,

    /// <summary>The point is near the upper limit (beyond the upper two-sigma line) in a window of three points above the mean where at least two are that near.</summary>
    TwoInThreeAbove = 16,

    /// <summary>The point is near the lower limit (beyond the lower two-sigma line) in a window of three points below the mean where at least two are that near.</summary>
    TwoInThreeBelow = 32,

    /// <summary>The point is part of a run of consecutive values above the mean long enough to count as a shift.</summary>
    ShiftAbove = 64,

    /// <summary>The point is part of a run of consecutive values below the mean long enough to count as a shift.</summary>
    ShiftBelow = 128,
}
