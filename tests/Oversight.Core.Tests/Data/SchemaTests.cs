using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Data;
using Oversight.TestCommon;

namespace Oversight.Core.Tests.Data;

/// The migrations were squashed into one per provider before release 1.0. The files under Schema/ are the schema
/// the old chain of thirteen migrations produced, dumped before it was deleted; the squashed migration must
/// produce the same tables, columns, indexes and keys. Later migrations build on it and are not compared.
public abstract class SchemaTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly CoreHost host = new(provider, migrate: false);

    public ValueTask InitializeAsync() => host.InitializeAsync();

    public ValueTask DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task Migrations_ProduceTheSchemaOfTheOldChain()
    {
        var dump = await host.WithAsync(async sp =>
        {
            var db = sp.GetRequiredService<OversightDbContext>();
            var squashed = db.Database.GetMigrations().First();
            Assert.EndsWith("_Initial", squashed, StringComparison.Ordinal);
            await db.GetService<IMigrator>().MigrateAsync(squashed, TestContext.Current.CancellationToken);
            return await SchemaDump.ReadAsync(db.Database.GetDbConnection(), provider);
        });

        var fixture = Path.Combine(AppContext.BaseDirectory, "Data", "Schema", $"{provider}.txt");
        var expected = await File.ReadAllTextAsync(fixture, TestContext.Current.CancellationToken);
        Assert.Equal(WithoutBackFillDefaults(expected), WithoutBackFillDefaults(dump));
    }

    // Columns the old chain added to existing tables with DEFAULT 0, only to fill rows already there; the
    // application always writes them, so the squashed schema, which creates them with their tables, has no default.
    private static readonly string[] BackFilledColumns =
    [
        "PoliceDataFiles.Number", "VictimServiceReturns.CrimeNotKnown", "VictimServiceReturns.DomesticAbuse",
        "VictimServiceReturns.OtherCrime", "VictimServiceReturns.SexualViolence",
    ];

    private static string WithoutBackFillDefaults(string dump) => string.Join('\n', dump.Split('\n').Select(line =>
        BackFilledColumns.Any(c => line.StartsWith($"column {c} ", StringComparison.Ordinal))
            ? line.Replace("default=0", "default=", StringComparison.Ordinal)
            : line));
}

public sealed class SchemaTestsOnSqlite() : SchemaTests(DatabaseProvider.Sqlite);

public sealed class SchemaTestsOnPostgres() : SchemaTests(DatabaseProvider.Postgres);
