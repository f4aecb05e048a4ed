using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Accountability.Meetings;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Accountability.Meetings;

[Authorize(Policy = Policies.Accountability)]
public sealed class NewModel(CurrentUser current, Core.Accountability.Meetings.Meetings meetings) : AccountabilityPageModel(current)
{
    [BindProperty]
    public string? TypeId { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Theme { get; set; }

    [BindProperty]
    public DateParts Date { get; set; } = new();

    [BindProperty]
    public string? Attendees { get; set; }

    [BindProperty]
    public string? RecordingUrl { get; set; }

    public IReadOnlyList<Choice> Types =>
        [new("", "Select the type", null), .. MeetingType.All.Select(t => new Choice(t.Id, t.Name, null))];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await RefuseReaderAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await RefuseReaderAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var dateRead = Date.TryRead("the date of the meeting", out var date, out var dateError);
        var saved = await meetings.CreateAsync(new MeetingDetails(TypeId, Title, Theme, date, Attendees, RecordingUrl), cancellationToken);
        if (dateRead && saved.Id is { } id)
        {
            return Redirect($"/accountability/meetings/{id}");
        }

        ShowErrors(saved.Errors.Where(e => e.Field is "TypeId" or "Title" or "Theme"));
        if (!dateRead)
        {
            ModelState.AddModelError(nameof(Date), dateError!);
        }

        ShowErrors(saved.Errors.Where(e => e.Field is not ("TypeId" or "Title" or "Theme")));
        return Page();
    }
}
