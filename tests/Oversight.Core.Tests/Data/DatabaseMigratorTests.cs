using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Accounts;
using Oversight.Core.Data;
using Oversight.Domain.Plan;
using Oversight.TestCommon;

namespace Oversight.Core.Tests.Data;

public abstract class DatabaseMigratorTests(HostFixture host)
{
    [Fact]
    public async Task Migrate_Twice_AppliesNothingTheSecondTimeAndKeepsOrganisationsInLineWithThePlan()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var migrator = scope.ServiceProvider.GetRequiredService<DatabaseMigrator>();
        var db = scope.ServiceProvider.GetRequiredService<OversightDbContext>();
        var plan = scope.ServiceProvider.GetRequiredService<PoliceAndCrimePlan>();

        var applied = await migrator.MigrateAsync(TestContext.Current.CancellationToken);

        Assert.Empty(applied);
        var organisations = await db.Organisations.Select(o => o.Id).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(plan.Organisations.Select(o => o.Id).Order(), organisations.Order());
        var roles = await db.Roles.Select(r => r.Name).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(Roles.All.Order(), roles.Order());
    }

    [Fact]
    public async Task Migrations_MatchTheModel_NoPendingChanges()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OversightDbContext>();

        // Fails when someone changes an entity without adding a migration for this provider.
        Assert.False(db.Database.HasPendingModelChanges());
    }
}

public sealed class DatabaseMigratorTestsOnSqlite(SqliteHost host) : DatabaseMigratorTests(host);

public sealed class DatabaseMigratorTestsOnPostgres(PostgresHost host) : DatabaseMigratorTests(host);
