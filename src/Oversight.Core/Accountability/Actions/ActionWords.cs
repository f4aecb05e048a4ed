namespace Oversight.Core.Accountability.Actions;

public static class ActionWords
{
    public static string Status(ActionStatus status) => status switch
    {
        ActionStatus.InProgress => "In progress",
        _ => status.ToString(),
    };
}
