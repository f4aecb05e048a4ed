using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Accountability.Meetings;
using Oversight.Core.Data;
using Oversight.Domain;
using Oversight.Domain.Plan;

namespace Oversight.Core.Accountability.Actions;

/// Actions arising from meetings: who owes what by when, their progress, and which are overdue today.
public sealed class MeetingActions(OversightDbContext db, PoliceAndCrimePlan plan, TimeProvider clock)
{
    public DateOnly Today => UkTime.Today(clock);

    public Task<MeetingAction?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<MeetingAction>().Include(a => a.Updates).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);

    public Task<List<MeetingAction>> ForMeetingAsync(Guid meetingId, CancellationToken cancellationToken) =>
        db.Set<MeetingAction>().AsNoTracking().Where(a => a.MeetingId == meetingId).OrderBy(a => a.Reference).ToListAsync(cancellationToken);

    /// Every action not yet completed, soonest due first.
    public Task<List<MeetingAction>> OutstandingAsync(CancellationToken cancellationToken) =>
        db.Set<MeetingAction>().AsNoTracking().Where(a => a.Status != ActionStatus.Completed)
            .OrderBy(a => a.DueDate).ThenBy(a => a.Reference).ToListAsync(cancellationToken);

    /// Actions past their due date and not completed, as of today in the UK.
    public Task<List<MeetingAction>> OverdueAsync(CancellationToken cancellationToken)
    {
        var today = Today;
        return db.Set<MeetingAction>().AsNoTracking().Where(a => a.Status != ActionStatus.Completed && a.DueDate < today)
            .OrderBy(a => a.DueDate).ThenBy(a => a.Reference).ToListAsync(cancellationToken);
    }

    public async Task<Saved> AddAsync(Guid meetingId, ActionDetails details, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(details);
        var meeting = await db.Set<Meeting>().AsNoTracking().SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
        if (meeting is null)
        {
            return Saved.Invalid("Description", "The meeting no longer exists");
        }

        var (checks, clean) = await CheckAsync(details, cancellationToken);
        if (checks.Count > 0)
        {
            return Saved.Invalid(checks);
        }

        var count = await db.Set<MeetingAction>().CountAsync(a => a.MeetingId == meetingId, cancellationToken);
        var action = new MeetingAction
        {
            MeetingId = meetingId,
            Reference = Reference(meeting, count + 1),
            Description = clean.Description!,
            OwnerOrganisationId = clean.OwnerOrganisationId!,
            OwnerPerson = clean.OwnerPerson!,
            DueDate = details.DueDate,
            PriorityId = clean.PriorityId,
            MeasureId = clean.MeasureId,
        };
        db.Add(action);
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(action.Id);
    }

    /// The problems with a new action's fields, and the fields cleaned up when there are none.
    public async Task<(IReadOnlyList<FieldError> Errors, ActionDetails Clean)> CheckAsync(ActionDetails details, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(details);
        var checks = new Checks();
        var description = checks.Required("Description", details.Description, "what is to be done", MeetingAction.TextLength);
        var organisation = details.OwnerOrganisationId?.Trim() ?? "";
        if (!await db.Organisations.AnyAsync(o => o.Id == organisation, cancellationToken))
        {
            checks.Add("OwnerOrganisationId", "Select the organisation that owns the action");
        }

        var person = checks.Required("OwnerPerson", details.OwnerPerson, "the name of the person who owns the action", MeetingAction.NameLength);
        var priority = Blank(details.PriorityId);
        if (priority is not null && !plan.Priorities.Any(p => p.Id == priority) && !plan.CrossCuttingThemes.Any(t => t.Id == priority))
        {
            checks.Add("PriorityId", "Select a priority or theme from the plan");
        }

        var measure = Blank(details.MeasureId);
        if (measure is not null && plan.FindMeasure(measure) is null)
        {
            checks.Add("MeasureId", "Select a measure from the plan");
        }

        return (checks.Errors, new ActionDetails(description, organisation, person, details.DueDate, priority, measure));
    }

    /// Records progress. Completing an action needs evidence: a description of it or a link to it.
    public async Task<Saved> UpdateAsync(Guid id, string by, UpdateDetails details, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(details);
        var action = await FindAsync(id, cancellationToken);
        if (action is null)
        {
            return Saved.Invalid("Text", "The action no longer exists");
        }

        var checks = new Checks();
        var text = checks.Required("Text", details.Text, "the update", MeetingAction.TextLength);
        if (!Enum.TryParse<ActionStatus>(details.Status, out var status) || !Enum.IsDefined(status) || int.TryParse(details.Status, out _))
        {
            checks.Add("Status", "Select the action's status");
        }

        var evidence = checks.Optional("EvidenceText", details.EvidenceText, "the evidence", MeetingAction.TextLength);
        var link = checks.Link("EvidenceUrl", details.EvidenceUrl);
        if (status == ActionStatus.Completed && evidence is null && link is null && checks.Errors.All(e => e.Field is not ("EvidenceText" or "EvidenceUrl")))
        {
            checks.Add("EvidenceText", "Enter the evidence that the action is complete, or a link to it");
        }

        if (checks.Errors.Count > 0)
        {
            return Saved.Invalid(checks.Errors);
        }

        action.Status = status;
        action.EvidenceText = evidence ?? action.EvidenceText;
        action.EvidenceUrl = link ?? action.EvidenceUrl;
        action.CompletedOn = status == ActionStatus.Completed ? action.CompletedOn ?? Today : null;
        db.Add(new ActionUpdate { ActionId = action.Id, At = clock.GetUtcNow(), By = by, Text = text!, Status = status });
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(action.Id);
    }

    private static string Reference(Meeting meeting, int number)
    {
        var prefix = string.Concat(meeting.TypeId.Split('-').Select(w => char.ToUpperInvariant(w[0])));
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}-{meeting.Date:yyyy-MM-dd}-{meeting.Id.ToString("N")[^4..]}-{number:D2}");
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
