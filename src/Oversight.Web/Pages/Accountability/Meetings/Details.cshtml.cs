using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Oversight.Core;
using Oversight.Core.Accountability.Actions;
using Oversight.Core.Accountability.Meetings;
using Oversight.Core.Accountability.Spr;
using Oversight.Core.Data;
using Oversight.Core.Uploads;
using Oversight.Domain.Plan;
using Oversight.Web.Components;
using Oversight.Web.Forms;
using Oversight.Web.Security;
using Oversight.Web.Uploads;

namespace Oversight.Web.Pages.Accountability.Meetings;

[Authorize(Policy = Policies.Accountability)]
[UploadLimit(UploadKind.MeetingPaper)]
public sealed class DetailsModel(
    CurrentUser current, Core.Accountability.Meetings.Meetings meetings, MeetingActions actions, SprAssurance spr,
    PoliceAndCrimePlan plan, OversightDbContext db) : AccountabilityPageModel(current)
{
    [BindProperty]
    public string? AgendaTitle { get; set; }

    [BindProperty]
    public string? AgendaSummary { get; set; }

    [BindProperty]
    public int? AgendaNumber { get; set; }

    [BindProperty]
    public string? AskedBy { get; set; }

    [BindProperty]
    public string? Question { get; set; }

    [BindProperty]
    public string? Answer { get; set; }

    [BindProperty]
    public string? AnsweredBy { get; set; }

    [BindProperty]
    public Guid? QuestionId { get; set; }

    [BindProperty]
    public string? AnswerText { get; set; }

    [BindProperty]
    public string? AnswerBy { get; set; }

    [BindProperty]
    public int? ReportAgendaNumber { get; set; }

    [BindProperty]
    public string? ReportTitle { get; set; }

    [BindProperty]
    public string? SubmittedBy { get; set; }

    [BindProperty]
    public string? ReportUrl { get; set; }

    [BindProperty]
    public IFormFile? ReportFile { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public string? OwnerOrganisationId { get; set; }

    [BindProperty]
    public string? OwnerPerson { get; set; }

    [BindProperty]
    public DateParts Due { get; set; } = new();

    [BindProperty]
    public string? PriorityId { get; set; }

    [BindProperty]
    public string? MeasureId { get; set; }

    [BindProperty]
    public string? Minutes { get; set; }

    public Meeting Meeting { get; private set; } = null!;

    public IReadOnlyList<MeetingAction> Actions { get; private set; } = [];

    public IReadOnlyList<SprUpdate> SprUpdates { get; private set; } = [];

    public DateOnly Today => actions.Today;

    public IReadOnlyList<Choice> Organisations { get; private set; } = [];

    public IReadOnlyList<Choice> Priorities =>
    [
        new("", "None", null),
        .. plan.Priorities.Select(p => new Choice(p.Id, $"Priority {p.Number}: {p.Title}", null)),
        .. plan.CrossCuttingThemes.Select(t => new Choice(t.Id, $"Cross-cutting theme: {t.Title}", null)),
    ];

    public IReadOnlyList<Choice> Measures => [new("", "None", null), .. plan.Measures.Select(m => new Choice(m.Id, m.Name, null))];

    public IReadOnlyList<Choice> AgendaChoices =>
        [new("", "Not linked to an item", null), .. Meeting.AgendaItems.OrderBy(a => a.Number).Select(a => new Choice(a.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{a.Number}. {a.Title}", null))];

    public string PlanName(string? id) =>
        plan.Priorities.FirstOrDefault(p => p.Id == id)?.Title ?? plan.CrossCuttingThemes.FirstOrDefault(t => t.Id == id)?.Title ?? plan.FindMeasure(id ?? "")?.Name ?? id ?? "";

    public string OrganisationName(string id) => Organisations.FirstOrDefault(o => o.Value == id)?.Label ?? id;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadMeAsync(cancellationToken);
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Minutes = Meeting.Minutes;
        return Page();
    }

    public Task<IActionResult> OnPostAgendaAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, () => meetings.AddAgendaItemAsync(id, AgendaTitle, AgendaSummary, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostQuestionAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, () => meetings.AddQuestionAsync(id, new QuestionDetails(AgendaNumber, AskedBy, Question, Answer, AnsweredBy), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostAnswerAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, () => meetings.AnswerAsync(id, QuestionId ?? Guid.Empty, AnswerText, AnswerBy, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostReportAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, async () =>
        {
            var file = await this.ReadUploadAsync(ReportFile, nameof(ReportFile), cancellationToken);
            if (ModelState[nameof(ReportFile)]?.Errors is [{ ErrorMessage: var tooLarge }, ..])
            {
                // ChangeAsync shows the errors it is given; the gate's is given back rather than shown twice.
                ModelState.Remove(nameof(ReportFile));
                return Saved.Invalid(nameof(ReportFile), tooLarge);
            }

            return await meetings.AddReportAsync(id, new ReportDetails(ReportAgendaNumber, ReportTitle, SubmittedBy, ReportUrl, file?.Name, null, file?.Content), cancellationToken);
        }, cancellationToken);

    public Task<IActionResult> OnPostActionAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, async () =>
        {
            if (!Due.TryRead("the date the action is due", out var due, out var error))
            {
                var (errors, _) = await actions.CheckAsync(new ActionDetails(Description, OwnerOrganisationId, OwnerPerson, default, PriorityId, MeasureId), cancellationToken);
                return Saved.Invalid([.. errors.Where(e => e.Field != "PriorityId" && e.Field != "MeasureId"), new("Due", error!), .. errors.Where(e => e.Field is "PriorityId" or "MeasureId")]);
            }

            var added = await actions.AddAsync(id, new ActionDetails(Description, OwnerOrganisationId, OwnerPerson, due, PriorityId, MeasureId), cancellationToken);
            return added.Succeeded ? Saved.Done(id) : added;
        }, cancellationToken);

    public Task<IActionResult> OnPostMinutesAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, () => meetings.SaveMinutesAsync(id, Minutes, publish: false, Me.Name, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, () => meetings.SaveMinutesAsync(id, Minutes, publish: true, Me.Name, cancellationToken), cancellationToken);

    private async Task<IActionResult> ChangeAsync(Guid id, Func<Task<Saved>> change, CancellationToken cancellationToken)
    {
        if (await RefuseReaderAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (await meetings.FindAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }

        var saved = await change();
        if (saved.Succeeded)
        {
            return Redirect($"/accountability/meetings/{id}");
        }

        AddErrors(saved.Errors);
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await meetings.FindAsync(id, cancellationToken) is not { } meeting)
        {
            return false;
        }

        Meeting = meeting;
        Actions = await actions.ForMeetingAsync(id, cancellationToken);
        SprUpdates = await spr.ForMeetingAsync(id, cancellationToken);
        Organisations = await db.Organisations.OrderBy(o => o.Name).Select(o => new Choice(o.Id, o.Name, null)).ToListAsync(cancellationToken);
        return true;
    }
}
