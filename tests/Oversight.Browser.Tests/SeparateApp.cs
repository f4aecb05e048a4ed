using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Data;
using Oversight.TestCommon;

namespace Oversight.Browser.Tests;

/// The real app on Kestrel (loopback, any free port) on a database of its own, migrated and seeded before it starts,
/// for fixtures whose records must not meet the shared host's.
internal static class SeparateApp
{
    public static async Task<(WebApplication App, string BaseUrl)> StartAsync(TestDatabase database, string keys, Func<IServiceProvider, Task> seed, params string[] settings)
    {
        var app = Web.WebApp.Build(
            [
                "--urls", "http://127.0.0.1:0",
                $"--Database:Provider={database.Provider}",
                $"--ConnectionStrings:Oversight={database.ConnectionString}",
                "--Security:SignInAttemptsPerMinute=100000",
                $"--DataProtection:KeysPath={Path.Combine(Path.GetTempPath(), keys)}",
                .. settings,
            ],
            contentRoot: SharedData.RepositoryPath("src", "Oversight.Web"));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
            await seed(scope.ServiceProvider);
        }

        await app.StartAsync();
        return (app, app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }
}
