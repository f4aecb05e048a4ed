using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Oversight.Core.Accounts;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Account;

/// The page an emailed reset link opens. The link works once and for 60 minutes (PasswordResetTokenProvider);
/// the reset changes the security stamp, so every other session of the account ends at its next check.
[AllowAnonymous]
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class ResetPasswordModel(AccountSecurity security, SignInThrottle throttle) : FormPageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public bool LinkValid { get; private set; }

    public bool Done { get; private set; }

    public async Task OnGetAsync()
    {
        Response.Headers.CacheControl = "no-store";
        LinkValid = await security.FindResetAsync(UserId, Token) is not null;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Response.Headers.CacheControl = "no-store";
        var user = await security.FindResetAsync(UserId, Token);
        LinkValid = user is not null;
        if (user is null)
        {
            return Page();
        }

        if (string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError(nameof(Password), "Enter a new password");
        }
        else if (Password != ConfirmPassword)
        {
            ModelState.AddModelError(nameof(ConfirmPassword), "Enter the same password twice");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var errors = await security.ResetPasswordAsync(user, Token!, Password!);
        if (errors.Count > 0)
        {
            ModelState.AddModelError(nameof(Password), string.Join(" ", errors));
            return Page();
        }

        throttle.Clear(user.Email ?? user.Id);
        Done = true;
        return Page();
    }
}
