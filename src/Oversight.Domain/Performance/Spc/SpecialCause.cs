namespace Oversight.Domain.Performance.Spc;

/// <summary>How a single point is coloured on a Making Data Count chart.</summary>
public enum SpecialCause
{
    /// <summary>Common-cause variation (grey): nothing unusual about this point.</summary>
    None,

    /// <summary>A special cause in the better direction (blue).</summary>
    Improvement,

    /// <summary>A special cause in the worse direction (orange).</summary>
    Concern,

    /// <summary>A special cause on a measure where neither direction is better (purple).</summary>
    Neither,
}
