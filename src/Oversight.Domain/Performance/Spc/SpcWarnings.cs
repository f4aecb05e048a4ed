namespace Oversight.Domain.Performance.Spc;

/// <summary>Reasons to read a chart's judgement with care. Several can apply at once.</summary>
[Flags]
public enum SpcWarnings
{
    /// <summary>Nothing to warn about.</summary>
    None = 0,

    /// <summary>A group (or partition) has fewer points than the profile's threshold, so its limits are trial limits.</summary>
    ShortGroup = 1,

    /// <summary>The series is shorter than the profile's minimum, so only the mean is given: no limits, signals or icons.</summary>
    TooFewPoints = 2,

    /// <summary>A group's limits cannot be worked out (one point, or no usable moving range), so its points give no signal.</summary>
    UndefinedLimits = 4,

    /// <summary>The baseline the limits are fixed from contains special-cause variation, so the fixed limits may be misleading.</summary>
    BaselineHasSpecialCause = 8,

    /// <summary>A rebase falls inside the baseline, so the baseline swallowed it.</summary>
    RebaseWithinBaseline = 16,

    /// <summary>The latest point is part of both a good-news and a bad-news pattern; the icon shows only one of them.</summary>
    LastPointConflict = 32,

    /// <summary>A target was given for a measure with no better direction, so no assurance icon is given.</summary>
    TargetIgnored = 64,
}
