using Oversight.Core;

namespace Oversight.Web;

public static class WebApp
{
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
        builder.Services.AddOversightCore(builder.Configuration);
        builder.Services.AddOversightWeb(builder.Configuration);

        var app = builder.Build();
        app.UseOversightWeb();
        return app;
    }
}
