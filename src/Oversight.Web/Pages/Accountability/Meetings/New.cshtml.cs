using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Accountability.Meetings;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Accountability.Meetings;

[Authorize(Policy = Policies.Accountability)]
public sealed class NewModel(CurrentUser current, Core.Accountability.Meetings.Meetings meetings, Core.Accountability.Bodies.Bodies bodies) : MeetingFormModel(current, bodies)
{
    public override string Heading => "Add a meeting";

    public override string Back => "/accountability/meetings";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await RefuseReaderAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await RefuseReaderAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var details = Read(out var dateError);
        // N.B. with an unreadable date the other fields are still checked, against a stand-in date, and nothing is saved.
        var saved = details is null
            ? Core.Saved.Invalid([])
            : await meetings.CreateAsync(details, cancellationToken);
        if (saved.Id is { } id)
        {
            return Redirect($"/accountability/meetings/{id}");
        }

        Show(details is null ? Core.Accountability.Meetings.Meetings.Check(new MeetingDetails(TypeId, Title, Theme, default, Attendees, RecordingUrl)) : saved.Errors, dateError);
        return Page();
    }
}
