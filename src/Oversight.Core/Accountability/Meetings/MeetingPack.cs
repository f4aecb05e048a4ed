using Oversight.Core.Accountability.Actions;

namespace Oversight.Core.Accountability.Meetings;

/// What a meeting's papers hold: the meeting with its agenda, linked reports and questions, and the open actions
/// carried into it. The web project renders it as the pack's HTML and PDF.
public sealed record MeetingPackContents(Meeting Meeting, IReadOnlyList<MeetingAction> OpenActions, string Title);

/// The papers for a meeting, built from its agenda: each item with the force's reports linked to it, then the
/// questions and the open actions carried into the meeting.
public sealed class MeetingPack(Meetings meetings, MeetingActions actions)
{
    public async Task<MeetingPackContents?> BuildAsync(Guid meetingId, CancellationToken cancellationToken)
    {
        if (await meetings.FindAsync(meetingId, cancellationToken) is not { } meeting)
        {
            return null;
        }

        var open = (await actions.ForMeetingAsync(meetingId, cancellationToken)).Where(a => a.Status != ActionStatus.Completed).ToList();
        return new(meeting, open, $"{meeting.BodyName}: {meeting.Title}");
    }
}
