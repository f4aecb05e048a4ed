namespace Oversight.Domain.Plan;

/// <summary>A problem with a plan's configuration.</summary>
/// <param name="Field">Path of the offending field, for example <c>performanceThemes[2].measures[0].owner</c>.</param>
/// <param name="Message">What is wrong, in words an administrator can act on.</param>
public sealed record PlanError(string Field, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Field}: {Message}";
}
