using Oversight.Core.Accountability.Meetings;

namespace Oversight.Core.VictimsCode;

/// The Victims and Witnesses group's review of one quarter's compliance, held at one of its meetings. Its actions are
/// the meeting's actions (owner, due date, status), tracked with every other meeting action.
public sealed class CodeComplianceReview
{
    public const int TextLength = 8000;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// The quarter reviewed, like "2024-25 Q3".
    public required string Quarter { get; set; }

    public DateOnly QuarterStart { get; set; }

    public Guid MeetingId { get; set; }

    public Meeting? Meeting { get; set; }

    public required string Findings { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public required string RecordedBy { get; set; }
}
