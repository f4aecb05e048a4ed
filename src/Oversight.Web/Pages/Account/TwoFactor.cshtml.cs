using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Oversight.Core.Accounts;
using Oversight.Web.Security;
using QRCoder;

namespace Oversight.Web.Pages.Account;

/// Two-factor sign-in with an authenticator app, for every account: set up with the key (typed, or the QR
/// code of its otpauth URI), confirmed by a code, then ten recovery codes shown once. Identity keeps the key
/// and the recovery codes as user tokens, whose values the audit trail redacts.
[Authorize(Policy = Policies.SignedIn)]
public sealed class TwoFactorModel(SignInManager<User> signIn, IUserStore<User> store, IOptions<SecurityOptions> security) : FormPageModel
{
    public const string Issuer = "Oversight";

    [BindProperty]
    public string? Code { get; set; }

    public bool Enabled { get; private set; }

    public bool Required { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    public string? SharedKey { get; private set; }

    public string? AuthenticatorUri { get; private set; }

    public string? QrCodeDataUri { get; private set; }

    /// Shown once, straight after they are made; never stored in a cookie or TempData.
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    private UserManager<User> Users => signIn.UserManager;

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() is null ? Challenge() : Page();

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var user = await LoadAsync();
        if (user is null)
        {
            return Challenge();
        }

        var code = (Code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (code.Length == 0)
        {
            ModelState.AddModelError(nameof(Code), "Enter the 6-digit code from your authenticator app");
            return Page();
        }

        if (!await Users.VerifyTwoFactorTokenAsync(user, Users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(Code), "Enter a correct code: the 6-digit code your app shows for Oversight now");
            return Page();
        }

        await Users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = (await Users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList() ?? [];
        // This session has just shown the app works, so it counts as a two-factor sign-in; the stamp changed, so
        // the cookie is issued afresh and every other session of the account must sign in again.
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "mfa")]);
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        var user = await LoadAsync();
        if (user is null)
        {
            return Challenge();
        }

        if (Enabled)
        {
            RecoveryCodes = (await Users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList() ?? [];
            await LoadAsync(user);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await LoadAsync();
        if (user is null)
        {
            return Challenge();
        }

        if (Required)
        {
            ModelState.AddModelError("", "Administrators must use two-factor sign-in, so it cannot be turned off");
            return Page();
        }

        await Users.SetTwoFactorEnabledAsync(user, false);
        // A new key, so a copy of the old one in an app is useless if it is turned on again.
        await Users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        return RedirectToPage();
    }

    private async Task<User?> LoadAsync()
    {
        var user = await Users.GetUserAsync(User);
        if (user is not null)
        {
            await LoadAsync(user);
        }

        return user;
    }

    private async Task LoadAsync(User user)
    {
        Response.Headers.CacheControl = "no-store";
        Enabled = await Users.GetTwoFactorEnabledAsync(user);
        Required = security.Value.RequireTwoFactorForAdministrators && await Users.IsInRoleAsync(user, Roles.Administrator);
        if (Enabled)
        {
            RecoveryCodesLeft = await Users.CountRecoveryCodesAsync(user);
            return;
        }

        var key = await Users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // N.B. not ResetAuthenticatorKeyAsync: that also changes the security stamp, so merely opening this
            // page would end the account's other sessions.
            key = Users.GenerateNewAuthenticatorKey();
            await ((IUserAuthenticatorKeyStore<User>)store).SetAuthenticatorKeyAsync(user, key, HttpContext.RequestAborted);
            await Users.UpdateAsync(user);
        }

        SharedKey = string.Join(" ", key!.Chunk(4).Select(c => new string(c))).ToLowerInvariant();
        var account = Uri.EscapeDataString(user.Email ?? user.UserName ?? user.Id);
        AuthenticatorUri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{account}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(AuthenticatorUri, QRCodeGenerator.ECCLevel.M);
        QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(4));
    }
}
