namespace Oversight.Domain.Performance.Spc;

/// <summary>
/// What a point says about the process once the improvement direction is applied. The value of
/// the last point is the chart's variation icon. "High" and "low" say which side of the process
/// the signal is on; improvement and concern say whether that side is good or bad news.
/// </summary>
public enum SpcVariation
{
    /// <summary>Only the ordinary, expected variation of a stable process: no special cause.</summary>
    CommonCause,

    /// <summary>A special cause on the high side, and higher is better.</summary>
    ImprovementHigh,

    /// <summary>A special cause on the low side, and lower is better.</summary>
    ImprovementLow,

    /// <summary>A special cause on the high side, and lower is better.</summary>
    ConcernHigh,

    /// <summary>A special cause on the low side, and higher is better.</summary>
    ConcernLow,

    /// <summary>A special cause on the high side of a measure with no better direction.</summary>
    NeitherHigh,

    /// <summary>A special cause on the low side of a measure with no better direction.</summary>
    NeitherLow,
}
