using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Oversight.Core.Accountability.Bodies;
using Oversight.Core.Accountability.Meetings;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Accountability.Bodies.Public;

/// A public body: who sits on it (names only where the member agreed), its published meetings, and the form to
/// subscribe to its publications. A private body is a 404 here.
[AllowAnonymous]
[EnableRateLimiting(PublicFormRateLimit.Policy)]
public sealed class DetailsModel(Core.Accountability.Bodies.Bodies bodies, Core.Accountability.Meetings.Meetings meetings, BodySubscriptions subscriptions) : FormPageModel
{
    [BindProperty]
    public string? Email { get; set; }

    public Body Body { get; private set; } = null!;

    public IReadOnlyList<Meeting> Meetings { get; private set; } = [];

    public bool Subscribed { get; private set; }

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken) =>
        await LoadAsync(key, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string key, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(key, cancellationToken))
        {
            return NotFound();
        }

        var saved = await subscriptions.SubscribeAsync(key, Email, cancellationToken);
        ModelState.AddErrors(saved.Errors);
        // The same answer whether or not the address was already subscribed.
        Subscribed = saved.Succeeded;
        Email = saved.Succeeded ? null : Email;
        return Page();
    }

    private async Task<bool> LoadAsync(string key, CancellationToken cancellationToken)
    {
        if (await bodies.FindAsync(key, cancellationToken) is not { IsPublic: true } body)
        {
            return false;
        }

        Body = body;
        Meetings = await meetings.PublishedAsync(key, cancellationToken);
        return true;
    }
}
