using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core;
using Oversight.Core.Audit;
using Oversight.Core.Data;
using Oversight.Core.Demo;
using Xunit;

namespace Oversight.TestCommon;

/// Core services (no web host) on a fresh, migrated database of their own, for tests that count rows and so
/// must not share a database with other tests. Without migrate, the database is left empty for migration tests.
public sealed class CoreHost(DatabaseProvider provider, bool migrate = true) : IAsyncLifetime
{
    private TestDatabase database = null!;

    public ServiceProvider Services { get; private set; } = null!;

    public string ConnectionString => database.ConnectionString;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Oversight"] = database.ConnectionString,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddScoped<IAuditActor>(_ => new SystemAuditActor("test"));
        services.AddOversightCore(configuration);
        services.AddDemo();
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        if (migrate)
        {
            await using var scope = Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await database.DisposeAsync();
    }

    public async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }
}
