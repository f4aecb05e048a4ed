using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Oversight.Web.Security;

public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// Sign-in attempts allowed per client address per minute, on top of SignInThrottle's failure counts.
    public int SignInAttemptsPerMinute { get; set; } = 10;

    /// Administrators must sign in with an authenticator app as well as their password.
    public bool RequireTwoFactorForAdministrators { get; set; } = true;
}

public static class SignInRateLimit
{
    public const string Policy = "sign-in";

    public static void Register(RateLimiterOptions options, SecurityOptions security)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.AddPolicy(Policy, context => HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = security.SignInAttemptsPerMinute, Window = TimeSpan.FromMinutes(1) })
            : RateLimitPartition.GetNoLimiter("read"));
    }
}
