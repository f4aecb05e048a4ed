namespace Oversight.Core.Scheduling;

/// The last period (for a daily job, the UK date) in which a scheduled job ran on any instance.
public sealed class ScheduledRun
{
    public required string Job { get; set; }

    public required string Period { get; set; }

    public DateTimeOffset RanAt { get; set; }
}
