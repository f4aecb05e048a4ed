using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Accountability.Actions;
using Oversight.Core.Accountability.Meetings;
using Oversight.Domain.Plan;
using Oversight.Web.Components;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Accountability.Actions;

[Authorize(Policy = Policies.Accountability)]
public sealed class DetailsModel(CurrentUser current, MeetingActions actions, Core.Accountability.Meetings.Meetings meetings, PoliceAndCrimePlan plan)
    : AccountabilityPageModel(current)
{
    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public string? Status { get; set; }

    [BindProperty]
    public string? EvidenceText { get; set; }

    [BindProperty]
    public string? EvidenceUrl { get; set; }

    public MeetingAction Action { get; private set; } = null!;

    public Meeting Meeting { get; private set; } = null!;

    public DateOnly Today => actions.Today;

    public IReadOnlyList<Choice> Statuses =>
        [.. Enum.GetValues<ActionStatus>().Select(s => new Choice(s.ToString(), ActionWords.Status(s), null))];

    public string OrganisationName(string id) => plan.Organisations.FirstOrDefault(o => o.Id == id)?.Name ?? id;

    public string? PlanName(string? id) =>
        id is null ? null : plan.Priorities.FirstOrDefault(p => p.Id == id)?.Title ?? plan.CrossCuttingThemes.FirstOrDefault(t => t.Id == id)?.Title ?? plan.FindMeasure(id)?.Name ?? id;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadMeAsync(cancellationToken);
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Status = Action.Status.ToString();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await RefuseReaderAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (await actions.FindAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }

        var saved = await actions.UpdateAsync(id, Me.Name, new UpdateDetails(Text, Status, EvidenceText, EvidenceUrl), cancellationToken);
        if (saved.Succeeded)
        {
            return Redirect($"/accountability/actions/{id}");
        }

        AddErrors(saved.Errors);
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await actions.FindAsync(id, cancellationToken) is not { } action || await meetings.FindAsync(action.MeetingId, cancellationToken) is not { } meeting)
        {
            return false;
        }

        Action = action;
        Meeting = meeting;
        return true;
    }
}
