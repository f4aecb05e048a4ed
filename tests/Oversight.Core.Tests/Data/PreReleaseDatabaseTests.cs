using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Data;
using Oversight.TestCommon;

namespace Oversight.Core.Tests.Data;

/// A database made before the migrations were squashed is refused with what to do, and left as it was.
public abstract class PreReleaseDatabaseTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly CoreHost host = new(provider, migrate: false);

    public ValueTask InitializeAsync() => host.InitializeAsync();

    public ValueTask DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task Migrate_ADatabaseFromTheOldChain_SaysWhatToDoAndChangesNothing()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var (error, tables) = await host.WithAsync(async sp =>
        {
            var db = sp.GetRequiredService<OversightDbContext>();
            await db.Database.ExecuteSqlRawAsync(
                "CREATE TABLE \"__EFMigrationsHistory\" (\"MigrationId\" TEXT NOT NULL PRIMARY KEY, \"ProductVersion\" TEXT NOT NULL)", cancellationToken);
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"__EFMigrationsHistory\" VALUES ('20261124053025_OneCurrentValue', '10.0.0')", cancellationToken);

            var error = await Assert.ThrowsAsync<InvalidOperationException>(
                () => sp.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken));
            var applied = await db.Database.GetAppliedMigrationsAsync(cancellationToken);
            return (error.Message, applied.ToList());
        });

        Assert.Contains("before release 1.0", error, StringComparison.Ordinal);
        Assert.Contains("20261124053025_OneCurrentValue", error, StringComparison.Ordinal);
        Assert.Contains("oversight db migrate", error, StringComparison.Ordinal);
        Assert.Equal(["20261124053025_OneCurrentValue"], tables);
    }
}

public sealed class PreReleaseDatabaseTestsOnSqlite() : PreReleaseDatabaseTests(DatabaseProvider.Sqlite);

public sealed class PreReleaseDatabaseTestsOnPostgres() : PreReleaseDatabaseTests(DatabaseProvider.Postgres);
