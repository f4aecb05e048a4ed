using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core;
using Oversight.Core.Audit;
using Oversight.Core.Demo;

namespace Oversight.Cli;

/// The services a command needs, configured exactly as the web app is: appsettings.json, then environment
/// variables (Database__Provider, ConnectionStrings__Oversight), then the command line's global options.
public static class CliHost
{
    public static IConfiguration Configuration(ParseResult parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        var overrides = new Dictionary<string, string?>();
        if (parsed.GetValue(GlobalOptions.Provider) is { } provider)
        {
            overrides["Database:Provider"] = provider;
        }

        if (parsed.GetValue(GlobalOptions.Connection) is { } connection)
        {
            overrides["ConnectionStrings:Oversight"] = connection;
        }

        return new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides)
            .Build();
    }

    /// The command's services; <paramref name="clock"/> replaces the system clock (the demo's --as-of day).
    public static ServiceProvider Services(ParseResult parsed, TimeProvider? clock = null)
    {
        var services = new ServiceCollection();
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        services.AddLogging();
        services.AddScoped<IAuditActor>(_ => new SystemAuditActor("cli:" + Environment.UserName));
        services.AddOversightCore(Configuration(parsed));
        services.AddDemo();
        // Documents are rendered by the web project's one document pipeline.
        services.AddScoped<Oversight.Web.Documents.DocumentRenderer>();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
