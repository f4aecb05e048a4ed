namespace Oversight.Core.Audit;

public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public string? UserId { get; set; }

    public required string ActorName { get; set; }

    public AuditAction Action { get; set; }

    public required string EntityType { get; set; }

    public required string EntityId { get; set; }

    /// JSON object of property name to { "before": …, "after": … }; empty for a view.
    public required string Changes { get; set; }
}

public enum AuditAction
{
    Created,
    Updated,
    Deleted,
    Viewed,
}
