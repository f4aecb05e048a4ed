using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Oversight.Web;

namespace Oversight.Cli.Commands;

public static class ServeCommand
{
    private static readonly string[] ForwardedSettings = ["Database:Provider", "ConnectionStrings:Oversight"];

    public static Command Create()
    {
        var urls = new Option<string?>("--urls")
        {
            Description = $"Addresses to listen on (default: ASPNETCORE_URLS, the urls setting or Kestrel:Endpoints, else {WebApp.DefaultUrl})",
        };
        var serve = new Command("serve", "Serve the web app") { urls };
        serve.SetAction(async (parsed, cancellationToken) =>
        {
            var settings = CliHost.Configuration(parsed);
            var args = new List<string>();
            if (parsed.GetValue(urls) is { } addresses)
            {
                args.AddRange(["--urls", addresses]);
            }

            foreach (var key in ForwardedSettings)
            {
                if (settings[key] is { } value)
                {
                    args.Add($"--{key}={value}");
                }
            }

            var app = WebApp.Build([.. args], contentRoot: AppContext.BaseDirectory);
            await app.StartAsync(cancellationToken);
            await app.WaitForShutdownAsync(cancellationToken);
            return CliApp.Ok;
        });
        return serve;
    }
}
