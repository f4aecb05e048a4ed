using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Oversight.Core.Accountability.Meetings;
using Oversight.Domain;
using Oversight.Web.Components;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Accountability.Meetings;

/// The fields of a meeting, shared by the pages that add and correct one.
public abstract class MeetingFormModel(CurrentUser current, Core.Accountability.Bodies.Bodies bodies) : AccountabilityPageModel(current)
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

    /// The bodies a meeting can belong to, loaded before any handler runs.
    public IReadOnlyList<Choice> Types { get; private set; } = [];

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        Types = [new("", "Select the body", null), .. (await bodies.ListAsync(HttpContext.RequestAborted)).Select(b => new Choice(b.Key, b.Name, null))];
        await next();
    }

    public abstract string Heading { get; }

    public abstract string Back { get; }

    protected MeetingDetails? Read(out string? dateError) =>
        Date.TryRead("the date of the meeting", out var date, out dateError) ? new MeetingDetails(TypeId, Title, Theme, date, Attendees, RecordingUrl) : null;

    /// Shows the errors in the order of the fields on the page.
    protected void Show(IReadOnlyList<FieldError> errors, string? dateError)
    {
        AddErrors(errors.Where(e => e.Field is "TypeId" or "Title" or "Theme"));
        if (dateError is not null)
        {
            ModelState.AddModelError(nameof(Date), dateError);
        }

        AddErrors(errors.Where(e => e.Field is not ("TypeId" or "Title" or "Theme")));
    }
}
