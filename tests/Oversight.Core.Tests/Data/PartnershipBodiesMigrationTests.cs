using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Accountability.Bodies;
using Oversight.Core.Data;
using Oversight.TestCommon;

namespace Oversight.Core.Tests.Data;

/// ASB case reviews and Community Safety Fund allocations written before partnerships were bodies are linked, by the
/// partnership's name, to a body made for each partnership, which later records share.
public abstract class PartnershipBodiesMigrationTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly CoreHost host = new(provider, migrate: false);

    public ValueTask InitializeAsync() => host.InitializeAsync();

    public ValueTask DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task RecordsNamingAPartnership_MigratedToItsBody_OneBodyPerPartnership()
    {
        var ct = TestContext.Current.CancellationToken;
        object Key(Guid id) => provider == DatabaseProvider.Sqlite ? id.ToString().ToUpperInvariant() : id;
        await host.WithAsync(async sp =>
        {
            var db = sp.GetRequiredService<OversightDbContext>();
            var migrations = db.Database.GetMigrations().ToList();
            var linked = migrations.FindIndex(m => m.EndsWith("_CitedLettersVictimsCodeAndCoveringReport", StringComparison.Ordinal));
            await db.GetService<IMigrator>().MigrateAsync(migrations[linked - 1], ct);
            foreach (var (partnership, reference) in new[] { ("Leeds", "LEE-1"), ("Leeds", "LEE-2"), ("Kirklees", "KIR-1") })
            {
                await db.Database.ExecuteSqlAsync(
                    $"INSERT INTO \"AsbCaseReviews\" (\"Id\", \"Partnership\", \"PartnershipReference\", \"AppliedOn\", \"ComplaintsInPeriod\", \"Threshold\", \"Accepted\") VALUES ({Key(Guid.NewGuid())}, {partnership}, {reference}, {new DateOnly(2024, 6, 1)}, 4, 3, TRUE)",
                    ct);
            }

            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO \"CsfAllocations\" (\"Id\", \"Partnership\", \"FinancialYear\", \"Amount\") VALUES ({Key(Guid.NewGuid())}, {"Leeds"}, {"2024-25"}, {250000m})", ct);
            return true;
        });

        await host.WithAsync(sp => sp.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct));

        var (bodies, reviews, allocations, later) = await host.WithAsync(async sp =>
        {
            var db = sp.GetRequiredService<OversightDbContext>();
            var bodies = await db.Set<Body>().Where(b => b.Kind == BodyKind.Partnership).ToDictionaryAsync(b => b.Key, b => b.Id, ct);
            var reviews = await db.AsbCaseReviews.Select(r => new { r.Partnership, r.PartnershipBodyId }).ToListAsync(ct);
            var allocations = await db.CsfAllocations.Select(a => a.PartnershipBodyId).ToListAsync(ct);
            var later = await CommunitySafetyPartnerships.BodyIdAsync(db, "Leeds", ct);
            return (bodies, reviews, allocations, later);
        });
        Assert.Equal(["kirklees-community-safety-partnership", "leeds-community-safety-partnership"], bodies.Keys.Order().ToList());
        var leeds = bodies["leeds-community-safety-partnership"];
        Assert.All(reviews, r => Assert.Equal(bodies[CommunitySafetyPartnerships.Key(r.Partnership)], r.PartnershipBodyId));
        Assert.Equal([leeds], allocations);
        Assert.Equal(leeds, later);
    }
}

public sealed class PartnershipBodiesMigrationTestsOnSqlite() : PartnershipBodiesMigrationTests(DatabaseProvider.Sqlite);

public sealed class PartnershipBodiesMigrationTestsOnPostgres() : PartnershipBodiesMigrationTests(DatabaseProvider.Postgres);
