using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Oversight.Core.Audit;
using Oversight.Core.Data;
using Oversight.TestCommon;

namespace Oversight.Core.Tests.Casework;

/// Core services on a database of their own with a clock fixed at noon on Tuesday 24 November 2026, since
/// retention counts months back from today.
public abstract class CaseworkHost(DatabaseProvider provider) : IAsyncLifetime
{
    public static readonly DateOnly Today = new(2026, 11, 24);

    private TestDatabase database = null!;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));

    public ServiceProvider Services { get; private set; } = null!;

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
        services.AddSingleton<TimeProvider>(Clock);
        services.AddScoped<IAuditActor>(_ => new SystemAuditActor("test"));
        services.AddOversightCore(configuration);
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await database.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    public async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task<T> WithDbAsync<T>(Func<OversightDbContext, Task<T>> work) =>
        WithAsync(sp => work(sp.GetRequiredService<OversightDbContext>()));
}

public sealed class SqliteCaseworkHost() : CaseworkHost(DatabaseProvider.Sqlite);

public sealed class PostgresCaseworkHost() : CaseworkHost(DatabaseProvider.Postgres);
