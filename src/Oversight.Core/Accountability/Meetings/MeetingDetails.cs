namespace Oversight.Core.Accountability.Meetings;

/// A new meeting as typed on the form.
public sealed record MeetingDetails(string? TypeId, string? Title, string? Theme, DateOnly Date, string? Attendees, string? RecordingUrl);

/// A question and, once given, its answer.
public sealed record QuestionDetails(int? AgendaNumber, string? AskedBy, string? Question, string? Answer, string? AnsweredBy);

/// A report the force submitted: a link, an uploaded document, or both.
public sealed record ReportDetails(int? AgendaNumber, string? Title, string? SubmittedBy, string? Url, string? FileName, string? ContentType, byte[]? Content);
