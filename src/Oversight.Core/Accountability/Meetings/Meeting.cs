using Oversight.Core.Accountability.Bodies;
using Oversight.Domain.Accountability;

namespace Oversight.Core.Accountability.Meetings;

/// One meeting of a body (the Mayor's meetings with the force, a board, committee or panel), with what was put on it
/// and what came of it.
public sealed class Meeting
{
    public const int TitleLength = 300;
    public const int TextLength = 4000;
    public const int MinutesLength = 40000;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// The key of the body holding the meeting (named for when bodies were a fixed list of meeting types).
    public required string TypeId { get; set; }

    public Body? Body { get; set; }

    public required string Title { get; set; }

    /// The theme a Community Outcomes Meeting is held on; null for other meetings.
    public string? Theme { get; set; }

    public DateOnly Date { get; set; }

    /// Who attended, one per line as "Name, role".
    public string Attendees { get; set; } = "";

    /// Where the recording or live stream of a public meeting is.
    public string? RecordingUrl { get; set; }

    public string? Minutes { get; set; }

    /// When the minutes were published; public meetings' minutes are visible to anyone from then on.
    public DateTimeOffset? MinutesPublishedAt { get; set; }

    public string? MinutesPublishedBy { get; set; }

    /// When subscribers were e-mailed the published agenda, and the approved minutes; each is sent once.
    public DateTimeOffset? AgendaSentAt { get; set; }

    public DateTimeOffset? MinutesSentAt { get; set; }

    public List<AgendaItem> AgendaItems { get; set; } = [];

    public List<MeetingReport> Reports { get; set; } = [];

    public List<MeetingQuestion> Questions { get; set; } = [];

    /// The body's name, or its key when the body was not loaded with the meeting.
    public string BodyName => Body?.Name ?? TypeId;

    /// Minutes are public once approved (published) for a public body.
    public bool MinutesArePublic => Body is { IsPublic: true } && MinutesPublishedAt is not null;

    /// The day a public body's agenda and papers for this meeting are published; null for a private body's.
    public DateOnly? AgendaPublishedOn => Body is { IsPublic: true } body ? AgendaNotice.PublishOn(Date, body.NoticeClearDays) : null;

    public bool AgendaIsPublic(DateOnly today) => AgendaPublishedOn is { } day && today >= day;
}

public sealed class AgendaItem
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid MeetingId { get; set; }

    public int Number { get; set; }

    public required string Title { get; set; }

    public string Summary { get; set; } = "";
}

/// A report the force submitted for the meeting: an uploaded document, a link, or both.
public sealed class MeetingReport
{
    public const int FileNameLength = 260;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid MeetingId { get; set; }

    public int? AgendaNumber { get; set; }

    public required string Title { get; set; }

    public required string SubmittedBy { get; set; }

    public string? Url { get; set; }

    public string? FileName { get; set; }

    public string? ContentType { get; set; }

    // N.B. kept out of the audit trail: a document's bytes would swell every entry; its name and type are recorded.
    [Audit.AuditRedacted]
    public byte[]? Content { get; set; }
}

/// A question put to the Chief Constable and the answer given.
public sealed class MeetingQuestion
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid MeetingId { get; set; }

    public int? AgendaNumber { get; set; }

    public required string AskedBy { get; set; }

    public required string Question { get; set; }

    public string? Answer { get; set; }

    public string? AnsweredBy { get; set; }
}
