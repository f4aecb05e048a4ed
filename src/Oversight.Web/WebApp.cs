using Oversight.Core;

namespace Oversight.Web;

public static class WebApp
{
    public const string DefaultUrl = "http://127.0.0.1:5000";

    /// Builds the web app. The CLI's `serve` command calls this too, so both hosts read the same settings.
    public static WebApplication Build(string[] args, string? contentRoot = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // N.B. naming this assembly lets Razor find its pages and static assets when the CLI is the entry point.
            ApplicationName = typeof(WebApp).Assembly.GetName().Name,
            ContentRootPath = contentRoot,
        });
        builder.Host.UseDefaultServiceProvider(o =>
        {
            o.ValidateOnBuild = true;
            o.ValidateScopes = true;
        });
        // Addresses come from ASPNETCORE_URLS, --urls, the `urls` setting or Kestrel:Endpoints; with none of them
        // set, listen on loopback only (Kestrel's own default, localhost, can also mean every address family).
        if (!HasAddresses(builder.Configuration))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.AddOversightCore(builder.Configuration);
        builder.Services.AddOversightWeb(builder.Configuration);

        var app = builder.Build();
        app.UseOversightWeb();
        return app;
    }

    private static bool HasAddresses(ConfigurationManager configuration) =>
        !string.IsNullOrWhiteSpace(configuration["urls"])
        || !string.IsNullOrWhiteSpace(configuration["http_ports"])
        || !string.IsNullOrWhiteSpace(configuration["https_ports"])
        || configuration.GetSection("Kestrel:Endpoints").Exists();
}
