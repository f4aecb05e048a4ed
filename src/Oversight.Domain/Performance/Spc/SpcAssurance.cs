namespace Oversight.Domain.Performance.Spc;

/// <summary>
/// Whether the process, as it currently runs, can be relied on to meet the target: the target
/// is compared with the process limits in force at the latest point.
/// </summary>
public enum SpcAssurance
{
    /// <summary>The target lies beyond the limits on the worse side: the process will meet it every time unless something changes.</summary>
    ConsistentlyPass,

    /// <summary>The target lies beyond the limits on the better side: the process will miss it every time unless something changes.</summary>
    ConsistentlyFail,

    /// <summary>The target lies between the limits: the process will sometimes meet it and sometimes miss it by chance alone.</summary>
    HitAndMiss,
}
