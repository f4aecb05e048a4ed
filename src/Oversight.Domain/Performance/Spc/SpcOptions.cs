namespace Oversight.Domain.Performance.Spc;

/// <summary>How one series is to be judged: the convention, which way is better, and any target, rebases and fixed limits.</summary>
public sealed record SpcOptions
{
    /// <summary>The convention to follow; the office's default is MDC.</summary>
    public SpcProfile Profile { get; init; } = SpcProfile.Mdc;

    /// <summary>Which way the measure has to move for things to be getting better.</summary>
    public ImprovementDirection Improvement { get; init; } = ImprovementDirection.Increase;

    /// <summary>The value the measure is expected to meet, used for the assurance icon; null for none.</summary>
    public double? Target { get; init; }

    /// <summary>
    /// Periods at which the process is known to have changed, so limits are recalculated from that
    /// point on. Periods not in the data are ignored, as is one naming the first period.
    /// </summary>
    public IReadOnlyList<string> RebaseAt { get; init; } = [];

    /// <summary>Work the limits out from the first N points only and hold them for later points; null to use every point.</summary>
    public int? FixAfter { get; init; }

    /// <summary>Whether to keep unusually large moving ranges out of the limits; null for the profile's default.</summary>
    public bool? ScreenOutliers { get; init; }

    /// <summary>Whether screening is on once the profile's default is applied.</summary>
    public bool Screens => ScreenOutliers ?? Profile.ScreenOutliersByDefault;

    /// <summary>Throws when the options cannot be applied: a fix-after below the profile's minimum or a target that is not a finite number.</summary>
    public void Validate()
    {
        if (FixAfter is int n && n < Profile.MinimumFixAfter)
        {
            throw new ArgumentOutOfRangeException(nameof(FixAfter), n, $"Limits can be fixed after no fewer than {Profile.MinimumFixAfter} points in the {Profile.Name} profile.");
        }

        if (Target is double t && !double.IsFinite(t))
        {
            throw new ArgumentOutOfRangeException(nameof(Target), t, "The target must be a finite number.");
        }
    }
}
