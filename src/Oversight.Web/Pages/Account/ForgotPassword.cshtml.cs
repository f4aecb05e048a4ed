using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Oversight.Core.Accounts;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Account;

/// Asks for an address and gives the same answer whether or not it has an account; only a real account gets
/// an email. Rate-limited like sign-in, so it cannot be used to flood someone's inbox.
[AllowAnonymous]
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class ForgotPasswordModel(AccountSecurity security) : FormPageModel
{
    [BindProperty]
    public string? Email { get; set; }

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Email) || !Email.Contains('@', StringComparison.Ordinal))
        {
            ModelState.AddModelError(nameof(Email), "Enter your email address, like name@example.com");
            return Page();
        }

        await security.RequestPasswordResetAsync(Email, cancellationToken);
        Sent = true;
        return Page();
    }
}
