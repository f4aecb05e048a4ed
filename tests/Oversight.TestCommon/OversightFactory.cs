using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Data;

namespace Oversight.TestCommon;

/// The web app on a real, migrated database of the given provider; optionally on a clock the test controls.
public sealed class OversightFactory(TestDatabase database, IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? clock = null)
    : WebApplicationFactory<Program>
{
    public TestDatabase Database => database;

    public HttpClient CreateBrowserlessClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task MigrateAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // N.B. UseSetting, not ConfigureAppConfiguration: the latter runs after Program has read its settings.
        builder.UseSetting("Database:Provider", database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Oversight", database.ConnectionString);
        builder.UseSetting("Security:SignInAttemptsPerMinute", "100000");
        builder.UseSetting("DataProtection:KeysPath", Path.Combine(Path.GetTempPath(), "oversight-test-keys"));
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        if (clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }
}
