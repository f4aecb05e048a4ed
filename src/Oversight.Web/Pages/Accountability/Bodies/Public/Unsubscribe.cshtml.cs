using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Oversight.Core.Accountability.Bodies;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Accountability.Bodies.Public;

/// The unsubscribe link of every e-mail. A post unsubscribes with one click, from the page's button or straight from
/// a mail program (RFC 8058's List-Unsubscribe-Post), which sends no antiforgery token: the link's secret token is
/// what authorises it, and it can only remove its own subscription.
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[EnableRateLimiting(PublicFormRateLimit.Policy)]
public sealed class UnsubscribeModel(BodySubscriptions subscriptions) : PageModel
{
    public string Token { get; private set; } = "";

    public string BodyName { get; private set; } = "";

    public bool Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? token, CancellationToken cancellationToken)
    {
        if (await subscriptions.FindAsync(token, cancellationToken) is not { } found)
        {
            // Already unsubscribed (or never): say so rather than reveal whether the token ever existed.
            Done = true;
            return Page();
        }

        (Token, BodyName) = (token!, found.Body.Name);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? token, CancellationToken cancellationToken)
    {
        await subscriptions.UnsubscribeAsync(token, cancellationToken);
        Done = true;
        return Page();
    }
}
