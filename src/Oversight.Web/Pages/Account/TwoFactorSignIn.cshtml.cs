using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Oversight.Core.Accounts;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Account;

/// The second step of signing in for an account with an authenticator app: its code, or a recovery code.
/// Wrong codes count against the account and the address exactly as wrong passwords do.
[AllowAnonymous]
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class TwoFactorSignInModel(SignInManager<User> signIn, SignInThrottle throttle, AccountSecurity security) : FormPageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// The first step's cookie lasts 5 minutes; after that the page says to start again.
    public bool Expired { get; private set; }

    public async Task OnGetAsync() => Expired = await signIn.GetTwoFactorAuthenticationUserAsync() is null;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            Expired = true;
            return Page();
        }

        var code = (Code ?? "").Replace(" ", "", StringComparison.Ordinal).Trim();
        if (code.Length == 0)
        {
            ModelState.AddModelError(nameof(Code), "Enter the code from your authenticator app");
            return Page();
        }

        var address = SignInThrottle.AddressOf(HttpContext);
        var account = user.Email ?? user.Id;
        if (!await throttle.AdmitAsync(address, account, cancellationToken))
        {
            ModelState.AddModelError(nameof(Code), SignInModel.Refused);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }

        var result = code.Length == 6 && code.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(code);
        if (result.Succeeded)
        {
            throttle.Clear(account);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        await throttle.RecordFailureAsync(security, user, account, address, cancellationToken);
        ModelState.AddModelError(nameof(Code), "Enter a correct code from your authenticator app, or one of your recovery codes");
        return Page();
    }
}
