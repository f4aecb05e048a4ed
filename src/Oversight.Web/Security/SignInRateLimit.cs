using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Oversight.Web.Security;

public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// Sign-in attempts allowed per client address per minute, on top of Identity's per-account lock-out.
    public int SignInAttemptsPerMinute { get; set; } = 10;
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
