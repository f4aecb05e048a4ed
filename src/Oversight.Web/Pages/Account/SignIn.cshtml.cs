using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Oversight.Core.Accounts;
using Oversight.Web.Security;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace Oversight.Web.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class SignInModel(SignInManager<User> signIn, SignInThrottle throttle, AccountSecurity security) : FormPageModel
{
    /// One message for a wrong password, an unknown address and a locked account, so none reveals which it was.
    public const string Failed = "Enter a correct email address and password";

    public const string Refused = "There have been too many failed attempts to sign in from your network. Try again in 15 minutes";

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Email))
        {
            ModelState.AddModelError(nameof(Email), "Enter your email address");
        }

        if (string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError(nameof(Password), "Enter your password");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var address = SignInThrottle.AddressOf(HttpContext);
        var email = Email!.Trim();
        if (!await throttle.AdmitAsync(address, email, cancellationToken))
        {
            ModelState.AddModelError(nameof(Email), Refused);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }

        var user = await signIn.UserManager.FindByEmailAsync(email);
        SignInResult result;
        if (user is null)
        {
            // N.B. hash anyway, so an unknown address takes as long to refuse as a wrong password.
            signIn.UserManager.PasswordHasher.HashPassword(new User { DisplayName = "", OrganisationId = "" }, Password!);
            result = SignInResult.Failed;
        }
        else
        {
            result = await signIn.PasswordSignInAsync(user, Password!, isPersistent: false, lockoutOnFailure: false);
            if (result.IsLockedOut || result.IsNotAllowed)
            {
                // Identity refuses these before checking the password; hash so they take as long as the rest.
                signIn.UserManager.PasswordHasher.HashPassword(user, Password!);
            }
        }

        if (result.Succeeded)
        {
            throttle.Clear(email);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("TwoFactorSignIn", new { ReturnUrl });
        }

        await throttle.RecordFailureAsync(security, user, email, address, cancellationToken);
        ModelState.AddModelError(nameof(Email), Failed);
        return Page();
    }
}
