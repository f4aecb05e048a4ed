using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;
using Oversight.Core.Lists;
using Oversight.Core.Uploads;
using Oversight.Domain;
using Oversight.Domain.Performance.Periods;

namespace Oversight.Core.Accountability.Meetings;

/// Governance meetings: their agenda, the force's reports, questions and answers, and minutes.
public sealed class Meetings(OversightDbContext db, TimeProvider clock)
{
    /// Meetings newest first, optionally only those in a financial year.
    public async Task<List<Meeting>> ListAsync(string? financialYear, CancellationToken cancellationToken)
    {
        IQueryable<Meeting> query = db.Set<Meeting>().AsNoTracking().Include(m => m.Body);
        if (ReportingPeriodParser.FinancialYear(financialYear) is { } year)
        {
            query = query.Where(m => m.Date >= year.Start && m.Date <= year.End);
        }

        return await query.OrderByDescending(m => m.Date).ThenBy(m => m.Title).ToListAsync(cancellationToken);
    }

    /// The staff list's columns; the latest meeting first unless asked otherwise.
    public static ListSorts<Meeting> Sorts { get; } = new ListSorts<Meeting>()
        .Add("date", m => m.Date)
        .Add("title", m => m.Title)
        .Add("body", m => m.Body!.Name)
        .Default("date", descending: true)
        .ThenBy(m => m.Title)
        .ThenBy(m => m.Id);

    /// One page of a financial year's meetings (all years when none is given), of one body if asked, matching the
    /// words (title, theme, body), sorted and paged in the database.
    public Task<ListPage<Meeting>> SearchAsync(string? financialYear, string? bodyKey, ListRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        IQueryable<Meeting> query = db.Set<Meeting>().AsNoTracking();
        if (ReportingPeriodParser.FinancialYear(financialYear) is { } year)
        {
            query = query.Where(m => m.Date >= year.Start && m.Date <= year.End);
        }

        if (!string.IsNullOrEmpty(bodyKey))
        {
            query = query.Where(m => m.TypeId == bodyKey);
        }

        return query.Matching(request, m => m.Title, m => m.Theme, m => m.Body!.Name).Include(m => m.Body).PageAsync(Sorts, request, cancellationToken);
    }

    /// A body's meetings, newest first.
    public Task<List<Meeting>> OfBodyAsync(string bodyKey, CancellationToken cancellationToken) =>
        db.Set<Meeting>().AsNoTracking().Include(m => m.Body).Where(m => m.TypeId == bodyKey)
            .OrderByDescending(m => m.Date).ThenBy(m => m.Title).ToListAsync(cancellationToken);

    /// The financial year to show first: that of the latest meeting held by the day given, or the day's own year.
    public async Task<string> LatestYearAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var latest = await db.Set<Meeting>().Where(m => m.Date <= today).OrderByDescending(m => m.Date).Select(m => (DateOnly?)m.Date).FirstOrDefaultAsync(cancellationToken);
        return FinancialYear.Of(latest ?? today);
    }

    /// The financial years that have meetings, newest first: the choices of the list's year filter, so nobody types one.
    public async Task<IReadOnlyList<string>> YearsAsync(CancellationToken cancellationToken)
    {
        var dates = await db.Set<Meeting>().Select(m => m.Date).Distinct().ToListAsync(cancellationToken);
        return dates.Select(FinancialYear.Of).Distinct(StringComparer.Ordinal).OrderDescending(StringComparer.Ordinal).ToList();
    }

    public Task<Meeting?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<Meeting>().Include(m => m.Body).Include(m => m.AgendaItems).Include(m => m.Reports).Include(m => m.Questions)
            .AsSplitQuery().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);

    /// A public body's meeting whose agenda is published (its clear days' notice has begun); null for any other, so
    /// nothing unpublished leaks. The page shows the minutes, questions and answers only once approved.
    public async Task<Meeting?> FindPublishedAsync(Guid id, CancellationToken cancellationToken) =>
        await FindAsync(id, cancellationToken) is { } meeting && meeting.AgendaIsPublic(Today) ? meeting : null;

    /// Public bodies' meetings whose agendas are published, newest first, optionally of one body.
    public async Task<List<Meeting>> PublishedAsync(string? bodyKey, CancellationToken cancellationToken)
    {
        // N.B. no notice is longer than a few weeks, so meetings further ahead are left in the database; the working-day
        // count that decides the rest runs here, not in SQL.
        var horizon = Today.AddDays(60);
        IQueryable<Meeting> query = db.Set<Meeting>().AsNoTracking().Include(m => m.Body).Where(m => m.Body!.IsPublic && m.Date <= horizon);
        if (bodyKey is not null)
        {
            query = query.Where(m => m.TypeId == bodyKey);
        }

        var candidates = await query.OrderByDescending(m => m.Date).ThenBy(m => m.Title).ToListAsync(cancellationToken);
        return candidates.Where(m => m.AgendaIsPublic(Today)).ToList();
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// How many meetings of each heading ("Governance Meetings", …) were held in a financial year, for the annual report.
    public async Task<IReadOnlyDictionary<string, int>> CountsAsync(string financialYear, CancellationToken cancellationToken)
    {
        var year = ReportingPeriodParser.FinancialYear(financialYear) ?? throw new ArgumentException($"\"{financialYear}\" is not a financial year like 2024-25", nameof(financialYear));
        var held = await db.Set<Meeting>().Where(m => m.Date >= year.Start && m.Date <= year.End)
            .GroupBy(m => m.TypeId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var headings = await db.Set<Bodies.Body>().Select(b => new { b.Key, b.CountsAs }).ToListAsync(cancellationToken);
        return headings.GroupBy(b => b.CountsAs, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => held.Where(x => g.Any(b => b.Key == x.Key)).Sum(x => x.Count), StringComparer.Ordinal);
    }

    public Task<Saved> CreateAsync(MeetingDetails details, CancellationToken cancellationToken) => SaveAsync(null, details, cancellationToken);

    /// Corrects a meeting's details; its agenda, reports, questions and minutes stay as they are.
    public Task<Saved> UpdateAsync(Guid id, MeetingDetails details, CancellationToken cancellationToken) => SaveAsync(id, details, cancellationToken);

    /// The problems with a meeting's fields, without saving anything.
    public static IReadOnlyList<FieldError> Check(MeetingDetails details) => Clean(details).Errors;

    private static (IReadOnlyList<FieldError> Errors, MeetingDetails Clean) Clean(MeetingDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var checks = new Checks();
        var type = string.IsNullOrWhiteSpace(details.TypeId) ? null : details.TypeId.Trim();
        if (type is null)
        {
            checks.Add("TypeId", "Select the body holding the meeting");
        }

        var title = checks.Required("Title", details.Title, "a title", Meeting.TitleLength);
        var theme = checks.Optional("Theme", details.Theme, "the theme", Meeting.TitleLength);
        var attendees = checks.Optional("Attendees", details.Attendees, "the attendees", Meeting.TextLength);
        var recording = checks.Link("RecordingUrl", details.RecordingUrl);
        return (checks.Errors, new MeetingDetails(type, title, theme, details.Date, attendees, recording));
    }

    private async Task<Saved> SaveAsync(Guid? id, MeetingDetails details, CancellationToken cancellationToken)
    {
        var (errors, clean) = Clean(details);
        var meeting = id is { } existing
            ? await db.Set<Meeting>().SingleOrDefaultAsync(m => m.Id == existing, cancellationToken)
            : new Meeting { TypeId = "", Title = "" };
        if (meeting is null)
        {
            return Saved.Invalid("Title", "The meeting no longer exists");
        }

        if (errors.Count == 0 && !await db.Set<Bodies.Body>().AnyAsync(b => b.Key == clean.TypeId, cancellationToken))
        {
            errors = [new FieldError("TypeId", "Select the body holding the meeting")];
        }

        if (errors.Count > 0)
        {
            return Saved.Invalid(errors);
        }

        meeting.TypeId = clean.TypeId!;
        meeting.Title = clean.Title!;
        meeting.Theme = clean.Theme;
        meeting.Date = clean.Date;
        meeting.Attendees = clean.Attendees ?? "";
        meeting.RecordingUrl = clean.RecordingUrl;
        if (id is null)
        {
            db.Add(meeting);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(meeting.Id);
    }

    public async Task<Saved> AddAgendaItemAsync(Guid id, string? title, string? summary, CancellationToken cancellationToken)
    {
        var checks = new Checks();
        var clean = checks.Required("AgendaTitle", title, "the agenda item", Meeting.TitleLength);
        var text = checks.Optional("AgendaSummary", summary, "the summary", Meeting.TextLength);
        if (checks.Errors.Count > 0)
        {
            return Saved.Invalid(checks.Errors);
        }

        var count = await db.Set<AgendaItem>().CountAsync(a => a.MeetingId == id, cancellationToken);
        db.Add(new AgendaItem { MeetingId = id, Number = count + 1, Title = clean!, Summary = text ?? "" });
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(id);
    }

    public async Task<Saved> AddQuestionAsync(Guid id, QuestionDetails details, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(details);
        var checks = new Checks();
        var askedBy = checks.Required("AskedBy", details.AskedBy, "who asked the question", Actions.MeetingAction.NameLength);
        var question = checks.Required("Question", details.Question, "the question", Meeting.TextLength);
        var answer = checks.Optional("Answer", details.Answer, "the answer", Meeting.TextLength);
        var answeredBy = checks.Optional("AnsweredBy", details.AnsweredBy, "who answered", Actions.MeetingAction.NameLength);
        if (checks.Errors.Count > 0)
        {
            return Saved.Invalid(checks.Errors);
        }

        db.Add(new MeetingQuestion { MeetingId = id, AgendaNumber = details.AgendaNumber, AskedBy = askedBy!, Question = question!, Answer = answer, AnsweredBy = answeredBy });
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(id);
    }

    /// Records the answer to a question put before the answer was given.
    public async Task<Saved> AnswerAsync(Guid id, Guid questionId, string? answer, string? answeredBy, CancellationToken cancellationToken)
    {
        var question = await db.Set<MeetingQuestion>().SingleOrDefaultAsync(q => q.MeetingId == id && q.Id == questionId, cancellationToken);
        if (question is null)
        {
            return Saved.Invalid("AnswerText", "The question no longer exists");
        }

        var checks = new Checks();
        var text = checks.Required("AnswerText", answer, "the answer", Meeting.TextLength);
        var by = checks.Required("AnswerBy", answeredBy, "who answered", Actions.MeetingAction.NameLength);
        if (checks.Errors.Count > 0)
        {
            return Saved.Invalid(checks.Errors);
        }

        question.Answer = text;
        question.AnsweredBy = by;
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(id);
    }

    public async Task<Saved> AddReportAsync(Guid id, ReportDetails details, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(details);
        var checks = new Checks();
        var title = checks.Required("ReportTitle", details.Title, "the report's title", Meeting.TitleLength);
        var by = checks.Required("SubmittedBy", details.SubmittedBy, "who submitted the report", Actions.MeetingAction.NameLength);
        var url = checks.Link("ReportUrl", details.Url);
        var hasFile = details.Content is { Length: > 0 };
        if (url is null && !hasFile && checks.Errors.All(e => e.Field != "ReportUrl"))
        {
            checks.Add("ReportUrl", "Enter a link to the report or choose a file to upload");
        }

        if (hasFile && FileCheck.Problem(UploadRules.MeetingPaper, UploadedFile.From(details.FileName, details.Content!)) is { } problem)
        {
            checks.Add("ReportFile", problem);
        }

        if (checks.Errors.Count > 0)
        {
            return Saved.Invalid(checks.Errors);
        }

        db.Add(new MeetingReport
        {
            MeetingId = id,
            AgendaNumber = details.AgendaNumber,
            Title = title!,
            SubmittedBy = by!,
            Url = url,
            FileName = hasFile ? FileName(details.FileName) : null,
            ContentType = hasFile ? FileCheck.ContentType(FileName(details.FileName)) : null,
            Content = hasFile ? details.Content : null,
        });
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(id);
    }

    /// Saves the minutes and, when asked, publishes them; a public meeting's published minutes are open to anyone.
    public async Task<Saved> SaveMinutesAsync(Guid id, string? minutes, bool publish, string by, CancellationToken cancellationToken)
    {
        var meeting = await db.Set<Meeting>().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is null)
        {
            return Saved.Invalid("Minutes", "The meeting no longer exists");
        }

        var checks = new Checks();
        var text = publish
            ? checks.Required("Minutes", minutes, "the minutes", Meeting.MinutesLength)
            : checks.Optional("Minutes", minutes, "the minutes", Meeting.MinutesLength);
        if (checks.Errors.Count > 0)
        {
            return Saved.Invalid(checks.Errors);
        }

        meeting.Minutes = text;
        if (publish)
        {
            meeting.MinutesPublishedAt = clock.GetUtcNow();
            meeting.MinutesPublishedBy = by;
        }

        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(id);
    }

    private static string FileName(string? typed)
    {
        var name = FileNames.Display(typed);
        return name.Length > MeetingReport.FileNameLength ? name[^MeetingReport.FileNameLength..] : name;
    }

    public Task<MeetingReport?> FindReportAsync(Guid meetingId, Guid reportId, CancellationToken cancellationToken) =>
        db.Set<MeetingReport>().AsNoTracking().SingleOrDefaultAsync(r => r.MeetingId == meetingId && r.Id == reportId, cancellationToken);
}
