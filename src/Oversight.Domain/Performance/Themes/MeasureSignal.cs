namespace Oversight.Domain.Performance.Themes;

/// <summary>Something a measure's icons can show, as a roll-up rule refers to it.</summary>
public enum MeasureSignal
{
    /// <summary>The variation icon shows improvement (either side).</summary>
    Improvement,

    /// <summary>The variation icon shows concern (either side).</summary>
    Concern,

    /// <summary>The variation icon shows a special cause on a measure with no better direction.</summary>
    Neither,

    /// <summary>The variation icon shows common cause.</summary>
    CommonCause,

    /// <summary>The assurance icon shows the target will consistently be met.</summary>
    ConsistentlyPass,

    /// <summary>The assurance icon shows the target will consistently be missed.</summary>
    ConsistentlyFail,

    /// <summary>The assurance icon shows the target will be hit and missed by chance.</summary>
    HitAndMiss,

    /// <summary>The measure has no variation icon (too few points to judge).</summary>
    NotJudged,
}
