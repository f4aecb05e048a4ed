using Microsoft.AspNetCore.Identity;
using Oversight.Core.Data;
using Oversight.Core.Email;

namespace Oversight.Core.Accounts;

/// The emails and checks around signing in: password reset links and the warning to an account holder whose
/// password is being guessed. Links are paths, like the applicant registration link, so a forged Host header
/// cannot point them elsewhere.
public sealed class AccountSecurity(OversightDbContext db, UserManager<User> users, IEmailSender email)
{
    public const string ResetPath = "/reset-password";

    /// Emails a reset link when an account has this address and does nothing otherwise; the caller gives the
    /// same answer either way, so the form does not reveal who has an account.
    public async Task RequestPasswordResetAsync(string address, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(address.Trim());
        if (user?.Email is null)
        {
            return;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        email.Send(user.Email, "Reset your Oversight password",
            $"Use this link to choose a new password: {email.Link($"{ResetPath}?user={Uri.EscapeDataString(user.Id)}&token={Uri.EscapeDataString(token)}")}\n\n"
            + "The link works once and for 60 minutes. If you did not ask to reset your password, ignore this email: your password has not changed.");
        await db.SaveChangesAsync(cancellationToken);
    }

    /// The account a reset link is for, or null when the link is wrong, used or more than 60 minutes old.
    public async Task<User?> FindResetAsync(string? userId, string? token)
    {
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(token))
        {
            return null;
        }

        var user = await users.FindByIdAsync(userId);
        return user is not null && await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<User>.ResetPasswordTokenPurpose, token)
            ? user
            : null;
    }

    /// Sets the new password; the new security stamp ends every other session and spends the link.
    public async Task<IReadOnlyList<string>> ResetPasswordAsync(User user, string token, string password)
    {
        var result = await users.ResetPasswordAsync(user, token, password);
        return result.Succeeded ? [] : result.Errors.Select(e => e.Description).ToList();
    }

    /// Tells the account holder that someone keeps getting their password wrong; sent once per run of failures.
    public async Task WarnOfFailedSignInsAsync(User user, int failures, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Email is null)
        {
            return;
        }

        email.Send(user.Email, "Failed attempts to sign in to your Oversight account",
            $"Someone has tried to sign in to your Oversight account with the wrong password {failures} times. "
            + "Further attempts are being slowed down; your account is not locked and you can still sign in.\n\n"
            + "If this was not you, reset your password at /forgot-password and turn on two-factor sign-in at /account/two-factor.");
        await db.SaveChangesAsync(cancellationToken);
    }
}
