using Oversight.Domain.Plan;

namespace Oversight.Domain.Reporting;

/// <summary>One section of the annual report: authored narrative around the figures that belong to it.</summary>
/// <param name="Key">Stable key, such as "foreword" or "priority-safer-places".</param>
/// <param name="Title">The section's heading.</param>
public sealed record ReportSection(string Key, string Title)
{
    /// <summary>Headline achievements: the report's opening figures.</summary>
    public const string Headlines = "headlines";

    /// <summary>Partnership working.</summary>
    public const string Partnership = "partnership";

    /// <summary>Casework and complaint reviews.</summary>
    public const string Casework = "casework";

    /// <summary>Finance, funding and the precept.</summary>
    public const string Finance = "finance";

    /// <summary>The Strategic Policing Requirement.</summary>
    public const string StrategicPolicingRequirement = "spr";

    /// <summary>Performance monitoring: the matrix from the last published quarter.</summary>
    public const string Performance = "performance";

    /// <summary>
    /// The sections in the order the report prints them: the fixed opening sections, one per priority and per
    /// cross-cutting theme of the plan, then the fixed closing sections. Another office's plan gives other sections.
    /// </summary>
    public static IReadOnlyList<ReportSection> For(PoliceAndCrimePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return
        [
            new(Headlines, "Headline achievements"),
            new("foreword", $"Foreword by the {plan.Office}"),
            new("spotlight", plan.Spotlight is { } spotlight ? $"Spotlight: {spotlight.Title}" : "Spotlight"),
            .. plan.Priorities.Select(p => new ReportSection("priority-" + p.Id, $"Priority {p.Number}: {p.Title}")),
            .. plan.CrossCuttingThemes.Select(t => new ReportSection("theme-" + t.Id, t.Title)),
            new(Partnership, "Partnership working"),
            new(Casework, "Casework"),
            new(Finance, "Finance and the police precept"),
            new(StrategicPolicingRequirement, "The Strategic Policing Requirement"),
            new(Performance, "Performance monitoring"),
        ];
    }
}
