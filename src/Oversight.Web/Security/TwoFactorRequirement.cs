using Oversight.Core.Accounts;
using Oversight.Web.Api;

namespace Oversight.Web.Security;

/// When the setting is on, an Administrator signed in with a password alone may only set up two-factor sign-in
/// (or sign out): every other page sends them to the set-up page, every API answers 403.
public static class TwoFactorRequirement
{
    public const string SetUpPath = "/account/two-factor";

    /// Identity's claim naming how the session signed in: "mfa" after a second factor, "pwd" after a password.
    public const string MethodClaim = "amr";

    public static IApplicationBuilder UseTwoFactorRequirement(this IApplicationBuilder app, SecurityOptions security) => app.Use(async (context, next) =>
    {
        ArgumentNullException.ThrowIfNull(security);
        if (security.RequireTwoFactorForAdministrators
            && context.User.IsInRole(Roles.Administrator)
            && !context.User.HasClaim(MethodClaim, "mfa")
            && !context.Request.Path.StartsWithSegments(SetUpPath, StringComparison.OrdinalIgnoreCase)
            && !context.Request.Path.StartsWithSegments("/sign-out", StringComparison.OrdinalIgnoreCase)
            && !context.Request.Path.StartsWithSegments("/error", StringComparison.OrdinalIgnoreCase))
        {
            if (ApiProblems.IsApi(context))
            {
                await ApiProblems.WriteAsync(context, StatusCodes.Status403Forbidden, "Administrators must sign in with two-factor authentication");
                return;
            }

            context.Response.Redirect(SetUpPath);
            return;
        }

        await next(context);
    });
}
