using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Oversight.Core.Accounts;
using Oversight.Core.Audit;
using Oversight.Web.Api;
using Oversight.Web.Navigation;
using Oversight.Web.Security;

namespace Oversight.Web;

public static class WebServices
{
    public static IServiceCollection AddOversightWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(
            new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.KebabCaseLower)));
        services.AddScoped<IAuditActor, HttpAuditActor>();
        services.AddScoped<NavigationMenu>();
        services.AddScoped<CurrentUser>();

        // Keys live beside the database so that sign-ins and forms survive a restart.
        services.AddDataProtection().SetApplicationName("Oversight")
            .PersistKeysToFileSystem(new DirectoryInfo(configuration["DataProtection:KeysPath"] ?? "data/keys"));
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddIdentityCore<User>().AddSignInManager();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/sign-in";
            o.LogoutPath = "/sign-out";
            o.AccessDeniedPath = "/access-denied";
            o.Cookie.Name = "oversight";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            // APIs answer 401/403 rather than redirecting a program to an HTML sign-in page.
            o.Events.OnRedirectToLogin = ctx => ApiAware(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiAware(ctx, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorization(Policies.Register);

        var security = configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>() ?? new SecurityOptions();
        services.AddRateLimiter(o => SignInRateLimit.Register(o, security));
        services.AddRateLimiter(o => Pages.Casework.Public.PublicFormRateLimit.Register(o, configuration));

        services.AddRazorPages(o => o.Conventions.ConfigureFilter(new Microsoft.AspNetCore.Mvc.AutoValidateAntiforgeryTokenAttribute()));
        services.AddAntiforgery(o => o.Cookie.Name = "oversight-antiforgery");
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        services.AddOpenApi();
        services.AddHostedService<Casework.CaseworkRetentionJob>();
        services.AddHostedService<Performance.ReturnNoticesJob>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }

    public static WebApplication UseOversightWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler("/error/500");
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapPlanApi();
        app.MapOpenDataApi();
        app.MapMeasureDataApi();
        app.MapPerformanceApi();
        app.MapPartnershipApi();
        app.MapReportDocuments();
        app.MapAnnualReportDocuments();
        app.MapCustodyReportDocuments();
        // The document describes the API's shape, not its data, so it is public like the plan API.
        app.MapOpenApi().AllowAnonymous();
        app.MapRazorPages();
        return app;
    }

    private static Task ApiAware(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
