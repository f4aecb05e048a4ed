using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Oversight.Core.Accountability.Bodies;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Accountability.Bodies.Public;

/// The link in the first e-mail. Opening it shows a button; the post confirms, so a mail scanner that follows links
/// does not subscribe anyone.
[AllowAnonymous]
[EnableRateLimiting(PublicFormRateLimit.Policy)]
public sealed class ConfirmModel(BodySubscriptions subscriptions) : PageModel
{
    public string Token { get; private set; } = "";

    public string BodyName { get; private set; } = "";

    public string BodyKey { get; private set; } = "";

    public bool Confirmed { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? token, CancellationToken cancellationToken)
    {
        if (await subscriptions.FindAsync(token, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        (Token, BodyName, BodyKey, Confirmed) = (token!, found.Body.Name, found.Body.Key, found.Subscription.ConfirmedAt is not null);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? token, CancellationToken cancellationToken)
    {
        if (await subscriptions.FindAsync(token, cancellationToken) is not { } found || !await subscriptions.ConfirmAsync(token, cancellationToken))
        {
            return NotFound();
        }

        (Token, BodyName, BodyKey, Confirmed) = (token!, found.Body.Name, found.Body.Key, true);
        return Page();
    }
}
