using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Accountability.Meetings;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Accountability.Meetings;

[Authorize(Policy = Policies.Accountability)]
public sealed class EditModel(CurrentUser current, Core.Accountability.Meetings.Meetings meetings, Core.Accountability.Bodies.Bodies bodies) : MeetingFormModel(current, bodies)
{
    public override string Heading => "Change the meeting's details";

    public override string Back => $"/accountability/meetings/{RouteData.Values["id"]}";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await RefuseReaderAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (await meetings.FindAsync(id, cancellationToken) is not { } meeting)
        {
            return NotFound();
        }

        (TypeId, Title, Theme, Date, Attendees, RecordingUrl) = (meeting.TypeId, meeting.Title, meeting.Theme, DateParts.From(meeting.Date), meeting.Attendees, meeting.RecordingUrl);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await RefuseReaderAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (await meetings.FindAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }

        var details = Read(out var dateError);
        var saved = details is null ? Core.Saved.Invalid([]) : await meetings.UpdateAsync(id, details, cancellationToken);
        if (saved.Succeeded && details is not null)
        {
            return Redirect($"/accountability/meetings/{id}");
        }

        Show(details is null ? Core.Accountability.Meetings.Meetings.Check(new MeetingDetails(TypeId, Title, Theme, default, Attendees, RecordingUrl)) : saved.Errors, dateError);
        return Page();
    }
}
