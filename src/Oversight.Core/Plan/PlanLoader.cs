using Oversight.Core.Configuration;
using Oversight.Domain.Plan;

namespace Oversight.Core.Plan;

public static class PlanLoader
{
    /// Reads and validates a plan; any problem stops start-up with a message naming the file and field.
    public static PoliceAndCrimePlan Load(string path) =>
        ConfigurationFile.Load<PoliceAndCrimePlan>(path, plan => PlanValidator.Validate(plan).Select(e => e.ToString()));

    /// The plan with the targets of a second file laid over its own (the demo's illustrative targets), each checked
    /// as the plan's are and named by the second file's field. A measure the file names gets the file's target.
    public static PoliceAndCrimePlan Load(string path, string? targetsPath)
    {
        var plan = Load(path);
        if (string.IsNullOrWhiteSpace(targetsPath))
        {
            return plan;
        }

        var extra = ConfigurationFile.Load<TargetFile>(targetsPath, file => file.Targets.SelectMany(t =>
            plan.FindMeasure(t.Key) is { } measure
                ? TargetValidator.Validate(t.Value, measure, $"targets.{t.Key}").Select(e => e.ToString())
                : [$"targets.{t.Key}: \"{t.Key}\" is not a measure of the plan"]));
        return plan with
        {
            PerformanceThemes =
            [
                .. plan.PerformanceThemes.Select(theme => theme with
                {
                    Measures = [.. theme.Measures.Select(m => extra.Targets.TryGetValue(m.Id, out var t) ? m with { Target = t } : m)],
                }),
            ],
        };
    }

    /// Targets kept outside the plan file, by measure id, with a note on what they are (the demo's say they are invented).
    public sealed record TargetFile(string Note, IReadOnlyDictionary<string, MeasureTarget> Targets);
}
