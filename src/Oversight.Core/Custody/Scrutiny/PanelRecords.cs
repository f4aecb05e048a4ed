using Microsoft.EntityFrameworkCore;
using Oversight.Core.Audit;
using Oversight.Core.Data;
using Oversight.Domain;

namespace Oversight.Core.Custody.Scrutiny;

/// A case sampled for a meeting, as entered. Ethnicity is held for the aggregate analysis only.
public sealed record PanelCaseInput(string? Reference, string? Topic, string? Summary, string? Ethnicity, CaseAssessment? Assessment, string? Observations);

/// A meeting as the panel works on it: its cases without their ethnicity.
public sealed record MeetingView(Guid Id, string PanelId, string PanelName, bool BlindToEthnicity, DateOnly HeldOn, string? Minutes, bool MinutesPublished,
    IReadOnlyList<MeetingCase> Cases);

public sealed record MeetingCase(Guid Id, string Reference, string Topic, CaseAssessment? Assessment);

/// Published minutes, for the public: panel, date and the minutes themselves, nothing else.
public sealed record PublishedMinutes(string PanelName, DateOnly HeldOn, string Minutes);

/// Members, meetings, sampled cases, recommendations and minutes of the scrutiny panels, as the office records them.
public sealed class PanelRecords(OversightDbContext db, IAuditActor actor, TimeProvider clock)
{
    /// The groups the force records; the analysis merges any under five.
    public static readonly IReadOnlyList<string> Ethnicities =
        ["White British", "White other", "Black or Black British", "Asian or Asian British", "Mixed", "Other ethnic group", "Not stated"];

    public Task<string?> PanelNameAsync(string panelId, CancellationToken cancellationToken) =>
        db.ScrutinyPanels.Where(p => p.Id == panelId).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken);

    public async Task<Saved> AddMemberAsync(string panelId, string? name, string? declaration, CancellationToken cancellationToken)
    {
        if (!await db.ScrutinyPanels.AnyAsync(p => p.Id == panelId, cancellationToken))
        {
            return Saved.Missing;
        }

        var errors = new List<FieldError>();
        Required(errors, "Name", name, "Enter the member's name", 200);
        Optional(errors, "DeclarationOfInterest", declaration, "Declarations of interest must be 1,000 characters or fewer", 1000);
        if (errors.Count > 0)
        {
            return Saved.Invalid(errors);
        }

        var member = new PanelMember { PanelId = panelId, Name = name!.Trim(), DeclarationOfInterest = Clean(declaration) };
        db.PanelMembers.Add(member);
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(member.Id);
    }

    public async Task<Saved> AddMeetingAsync(string panelId, DateOnly heldOn, CancellationToken cancellationToken)
    {
        if (!await db.ScrutinyPanels.AnyAsync(p => p.Id == panelId, cancellationToken))
        {
            return Saved.Missing;
        }

        if (await db.PanelMeetings.AnyAsync(m => m.PanelId == panelId && m.HeldOn == heldOn, cancellationToken))
        {
            return Saved.Invalid([new FieldError("HeldOn", "The panel already has a meeting on that date")]);
        }

        var meeting = new PanelMeeting { PanelId = panelId, HeldOn = heldOn };
        db.PanelMeetings.Add(meeting);
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(meeting.Id);
    }

    /// Opens a meeting; the view is audited because its cases are custody records.
    public async Task<MeetingView?> OpenMeetingAsync(Guid id, CancellationToken cancellationToken)
    {
        var meeting = await db.PanelMeetings.AsNoTracking().Include(m => m.Cases).SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is null)
        {
            return null;
        }

        var panel = await db.ScrutinyPanels.AsNoTracking().SingleAsync(p => p.Id == meeting.PanelId, cancellationToken);
        AuditTrail.RecordView(db, actor, clock, nameof(PanelMeeting), id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return new MeetingView(meeting.Id, panel.Id, panel.Name, panel.BlindToEthnicity, meeting.HeldOn, meeting.Minutes, meeting.MinutesPublished,
            [.. meeting.Cases.OrderBy(c => c.Reference, StringComparer.Ordinal).Select(c => new MeetingCase(c.Id, c.Reference, c.Topic, c.Assessment))]);
    }

    public async Task<Saved> AddCaseAsync(Guid meetingId, PanelCaseInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!await db.PanelMeetings.AnyAsync(m => m.Id == meetingId, cancellationToken))
        {
            return Saved.Missing;
        }

        var errors = Check(input);
        var reference = input.Reference?.Trim();
        if (errors.Count == 0 && await db.PanelCases.AnyAsync(c => c.MeetingId == meetingId && c.Reference == reference, cancellationToken))
        {
            errors.Add(new("Reference", "This meeting already has a case with that reference"));
        }

        if (errors.Count > 0)
        {
            return Saved.Invalid(errors);
        }

        var added = new PanelCase
        {
            MeetingId = meetingId,
            Reference = reference!,
            Topic = input.Topic!.Trim(),
            Summary = input.Summary!.Trim(),
            Ethnicity = input.Ethnicity!,
            Assessment = input.Assessment,
            Observations = Clean(input.Observations),
        };
        db.PanelCases.Add(added);
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(added.Id);
    }

    /// What is wrong with a case as entered, saving nothing: for a page that could not read one of its fields, so it
    /// still shows the other problems.
    public static List<FieldError> Check(PanelCaseInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<FieldError>();
        Required(errors, "Reference", input.Reference, "Enter the police reference of the case", 50);
        Required(errors, "Topic", input.Topic, "Enter the topic of the case", 100);
        Required(errors, "Summary", input.Summary, "Enter a summary of the case", 4000);
        if (input.Ethnicity is null || !Ethnicities.Contains(input.Ethnicity))
        {
            errors.Add(new("Ethnicity", "Select the ethnicity the force recorded"));
        }

        errors.AddRange(Panels.CheckAssessment(input.Assessment, Clean(input.Observations), required: false));
        return errors;
    }

    /// Saves the minutes; publishing puts them on the public page, so it needs minutes to publish.
    public async Task<Saved> SaveMinutesAsync(Guid meetingId, string? minutes, bool publish, CancellationToken cancellationToken)
    {
        var meeting = await db.PanelMeetings.FindAsync([meetingId], cancellationToken);
        if (meeting is null)
        {
            return Saved.Missing;
        }

        var errors = new List<FieldError>();
        if (publish)
        {
            Required(errors, "Minutes", minutes, "Enter the minutes before publishing them", 20000);
        }
        else
        {
            Optional(errors, "Minutes", minutes, "Minutes must be 20,000 characters or fewer", 20000);
        }

        if (errors.Count > 0)
        {
            return Saved.Invalid(errors);
        }

        meeting.Minutes = Clean(minutes);
        meeting.MinutesPublished = publish;
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(meeting.Id);
    }

    /// A null date is one the form could not read: the text is still checked, so every error shows at once.
    public async Task<Saved> AddRecommendationAsync(string panelId, DateOnly? madeOn, string? text, CancellationToken cancellationToken)
    {
        if (!await db.ScrutinyPanels.AnyAsync(p => p.Id == panelId, cancellationToken))
        {
            return Saved.Missing;
        }

        var errors = new List<FieldError>();
        Required(errors, "Text", text, "Enter the recommendation", 4000);
        if (madeOn > UkTime.Today(clock))
        {
            errors.Add(new("MadeOn", "The date of the recommendation must be today or in the past"));
        }

        if (errors.Count > 0 || madeOn is not { } on)
        {
            return Saved.Invalid(errors);
        }

        var recommendation = new PanelRecommendation { PanelId = panelId, MadeOn = on, Text = text!.Trim() };
        db.PanelRecommendations.Add(recommendation);
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(recommendation.Id);
    }

    public Task<List<PublishedMinutes>> PublishedAsync(CancellationToken cancellationToken) =>
        (from m in db.PanelMeetings
         join p in db.ScrutinyPanels on m.PanelId equals p.Id
         where m.MinutesPublished && m.Minutes != null
         orderby m.HeldOn descending, p.Name
         select new PublishedMinutes(p.Name, m.HeldOn, m.Minutes!)).ToListAsync(cancellationToken);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static void Required(List<FieldError> errors, string field, string? value, string message, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new(field, message));
        }
        else
        {
            Optional(errors, field, value, $"{message.Replace("Enter ", "", StringComparison.Ordinal)} must be {max:N0} characters or fewer", max);
        }
    }

    private static void Optional(List<FieldError> errors, string field, string? value, string message, int max)
    {
        if (value?.Trim().Length > max)
        {
            errors.Add(new(field, char.ToUpperInvariant(message[0]) + message[1..]));
        }
    }
}
