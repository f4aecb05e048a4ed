using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Oversight.Core.Accounts;
using Oversight.Core.Audit;
using Oversight.Web.Api;
using Oversight.Web.Navigation;
using Oversight.Web.Security;
using Oversight.Web.Uploads;

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

        AddKeys(services, configuration);
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddIdentityCore<User>().AddSignInManager()
            .AddTokenProvider<PasswordResetTokenProvider>(PasswordResetTokenProvider.Name)
            .AddTokenProvider<AuthenticatorTokenProvider<User>>(TokenOptions.DefaultAuthenticatorProvider);
        services.Configure<IdentityOptions>(o => o.Tokens.PasswordResetTokenProvider = PasswordResetTokenProvider.Name);
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            // A changed stamp (password reset, two-factor turned on or off) ends other sessions within a minute.
            o.ValidationInterval = TimeSpan.FromMinutes(1);
            // Identity rebuilds the principal from the database and would drop how the session signed in.
            o.OnRefreshingPrincipal = context =>
            {
                var method = context.CurrentPrincipal?.FindAll(TwoFactorRequirement.MethodClaim).ToList() ?? [];
                if (context.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity && !identity.HasClaim(c => c.Type == TwoFactorRequirement.MethodClaim))
                {
                    identity.AddClaims(method.Select(c => new System.Security.Claims.Claim(c.Type, c.Value)));
                }

                return Task.CompletedTask;
            };
        });
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
        services.Configure<SecurityOptions>(configuration.GetSection(SecurityOptions.Section));
        services.AddSingleton<SignInThrottle>();
        services.AddProblemDetails();
        services.AddRateLimiter(o => SignInRateLimit.Register(o, security));
        services.AddRateLimiter(o => PublicFormRateLimit.Register(o, configuration));

        // Every page checks the antiforgery token of a post, except one that declares it must not: a mail program's
        // one-click unsubscribe (RFC 8058), authorised by its link's secret instead. A filter added to all pages would
        // come after the page's own [IgnoreAntiforgeryToken] and so overrule it.
        services.AddRazorPages(o => o.Conventions.AddFolderApplicationModelConvention("/", page =>
        {
            if (!page.HandlerTypeAttributes.OfType<Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryTokenAttribute>().Any())
            {
                page.Filters.Add(new Microsoft.AspNetCore.Mvc.AutoValidateAntiforgeryTokenAttribute());
            }
        }));
        services.AddScoped<Documents.DocumentRenderer>();
        services.AddAntiforgery(o => o.Cookie.Name = "oversight-antiforgery");
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        services.AddOpenApi();
        services.AddHostedService<Casework.CaseworkRetentionJob>();
        services.AddHostedService<Email.OutboxDeliveryJob>();
        services.AddHostedService<Performance.ReturnNoticesJob>();
        services.AddSingleton<Publishing.PublishedStore>();
        services.AddHostedService<Accountability.BodyPublicationsJob>();
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
        app.UseApiProblems();
        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseTwoFactorRequirement(app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SecurityOptions>>().Value);
        app.UseAuthorization();
        app.UseMiddleware<Publishing.PublishedResponses>();
        app.UseOversizedUploads();

        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapPlanApi();
        app.MapOpenDataApi();
        app.MapMeasureDataApi();
        app.MapPerformanceApi();
        app.MapPartnershipApi();
        app.MapReportDocuments();
        app.MapAnnualReportDocuments();
        app.MapCustodyReportDocuments();
        app.MapPublications();
        // The document describes the API's shape, not its data, so it is public like the plan API.
        app.MapOpenApi().AllowAnonymous();
        app.MapRazorPages();
        return app;
    }

    /// Cookie and form-protection keys survive a restart: on SQLite (one machine) in a folder beside the
    /// database; on PostgreSQL in the database, so every instance shares one key ring. A configured certificate
    /// encrypts them at rest either way.
    private static void AddKeys(IServiceCollection services, IConfiguration configuration)
    {
        var keys = services.AddDataProtection().SetApplicationName("Oversight");
        var database = configuration.GetSection(Core.Data.DatabaseOptions.Section).Get<Core.Data.DatabaseOptions>() ?? new Core.Data.DatabaseOptions();
        if (database.Provider == Core.Data.DatabaseProvider.Postgres)
        {
            services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(
                o => o.XmlRepository = new Core.Data.DatabaseKeyRepository(sp.GetRequiredService<IServiceScopeFactory>())));
        }
        else
        {
            keys.PersistKeysToFileSystem(new DirectoryInfo(configuration["DataProtection:KeysPath"] ?? "data/keys"));
        }

        if (configuration["DataProtection:CertificatePath"] is { Length: > 0 } certificatePath)
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(certificatePath, configuration["DataProtection:CertificatePassword"]);
            keys.ProtectKeysWithCertificate(certificate);
        }
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
