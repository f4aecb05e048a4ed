using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace Oversight.Core.Accounts;

/// Password reset tokens: Identity's data-protection scheme, but on the app's clock, so expiry follows the same
/// TimeProvider as everything else (Identity's own provider reads the system clock). The token carries the
/// security stamp, which a reset changes, so a link works once.
public sealed class PasswordResetTokenProvider(IDataProtectionProvider protection, TimeProvider clock) : IUserTwoFactorTokenProvider<User>
{
    public const string Name = "OversightPasswordReset";

    public static readonly TimeSpan Lifespan = TimeSpan.FromMinutes(60);

    private readonly IDataProtector protector = protection.CreateProtector("Oversight.Accounts.PasswordReset");

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<User> manager, User user) => Task.FromResult(false);

    public async Task<string> GenerateAsync(string purpose, UserManager<User> manager, User user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        var stamp = await manager.GetSecurityStampAsync(user);
        var payload = string.Join('\n', clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), user.Id, purpose, stamp);
        return WebEncoders.Base64UrlEncode(protector.Protect(Encoding.UTF8.GetBytes(payload)));
    }

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<User> manager, User user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        string[] parts;
        try
        {
            parts = Encoding.UTF8.GetString(protector.Unprotect(WebEncoders.Base64UrlDecode(token))).Split('\n');
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return false;
        }

        if (parts.Length != 4 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var created))
        {
            return false;
        }

        var age = clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(created);
        return age >= TimeSpan.Zero && age <= Lifespan
            && parts[1] == user.Id && parts[2] == purpose && parts[3] == await manager.GetSecurityStampAsync(user);
    }
}
