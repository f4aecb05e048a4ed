namespace Oversight.Core.Accountability.Actions;

public enum ActionStatus
{
    Open,
    InProgress,
    Completed,
}

/// Something a meeting asked someone to do, tracked until it is done and the evidence is in.
public sealed class MeetingAction
{
    public const int NameLength = 200;
    public const int TextLength = 4000;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid MeetingId { get; set; }

    /// The action's reference within the office, for example "COM-2024-11-03".
    public required string Reference { get; set; }

    public required string Description { get; set; }

    public required string OwnerOrganisationId { get; set; }

    public required string OwnerPerson { get; set; }

    public DateOnly DueDate { get; set; }

    public ActionStatus Status { get; set; } = ActionStatus.Open;

    /// The plan priority or cross-cutting theme the action serves, by plan id.
    public string? PriorityId { get; set; }

    /// The plan measure the action is meant to move, by plan id.
    public string? MeasureId { get; set; }

    public string? EvidenceText { get; set; }

    public string? EvidenceUrl { get; set; }

    public DateOnly? CompletedOn { get; set; }

    public List<ActionUpdate> Updates { get; set; } = [];

    public bool IsOverdue(DateOnly today) => Status != ActionStatus.Completed && DueDate < today;
}

public sealed class ActionUpdate
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ActionId { get; set; }

    public DateTimeOffset At { get; set; }

    public required string By { get; set; }

    public required string Text { get; set; }

    public ActionStatus Status { get; set; }
}
