namespace Oversight.Core.Plan;

public sealed class PlanOptions
{
    public const string Section = "Plan";

    /// Relative paths are tried against the working directory, then the application's own folder.
    public string Path { get; set; } = "config/plans/west-yorkshire-2024-28.json";

    /// An optional file of targets laid over the plan's own; the demo's illustrative targets (`demo/targets.json`).
    public string? TargetsPath { get; set; }
}
