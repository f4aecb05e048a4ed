using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Data;
using Oversight.Core.Demo;
using Oversight.TestCommon;

namespace Oversight.Cli.Tests.Performance;

/// The web app on a database of its own holding the demo data (36 months of Leeds aggregates), with the demo's
/// illustrative targets laid over the plan as `./run` does.
public abstract class DemoHost(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase database = null!;

    public OversightFactory Factory { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider);
        Factory = new OversightFactory(database, new Dictionary<string, string?> { ["Plan:TargetsPath"] = "demo/targets.json" });
        await Factory.MigrateAsync();
        await using var scope = Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoData>().LoadAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await database.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    public async Task<HttpClient> AnalystAsync()
    {
        var client = Factory.CreateBrowserlessClient();
        await client.SignInAsync("analyst@demo.oversight.test", DemoData.Password);
        return client;
    }

    /// The stored series, read straight from the database rather than through the code under test.
    public async Task<IReadOnlyList<(string Period, double Value)>> SeriesAsync(string measure, string area)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<OversightDbContext>().Observations
            .Where(o => o.MeasureId == measure && o.Area == area && o.IsCurrent)
            .OrderBy(o => o.PeriodStart)
            .Select(o => new { o.Period, o.Value })
            .ToListAsync();
        return [.. rows.Select(r => (r.Period, r.Value))];
    }
}

public sealed class DemoSqliteHost() : DemoHost(DatabaseProvider.Sqlite);

public sealed class DemoPostgresHost() : DemoHost(DatabaseProvider.Postgres);
