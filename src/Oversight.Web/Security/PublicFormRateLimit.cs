using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Oversight.Core.Casework;

namespace Oversight.Web.Security;

/// Limits posts of every anonymous form (the enquiry form, body subscriptions) per client address, so none can be used
/// to flood a queue or an inbox. One budget per address across the forms.
public static class PublicFormRateLimit
{
    public const string Policy = "public-enquiry-form";

    public static void Register(RateLimiterOptions options, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(options);
        var casework = configuration.GetSection(CaseworkOptions.Section).Get<CaseworkOptions>() ?? new CaseworkOptions();
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.AddPolicy(Policy, context => HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = casework.PublicFormPostsPerHour, Window = TimeSpan.FromHours(1) })
            : RateLimitPartition.GetNoLimiter("read"));
    }
}
