using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Data;
using Oversight.Core.Performance.Observations;
using Oversight.TestCommon;

namespace Oversight.Core.Tests.Data;

/// Databases from before the rule may hold two current values for a month; the migration keeps the latest.
public abstract class OneCurrentValueMigrationTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly CoreHost host = new(provider, migrate: false);

    public ValueTask InitializeAsync() => host.InitializeAsync();

    public ValueTask DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task Migrate_OverTwoCurrentValuesForAMonth_KeepsTheLatestCurrentAndBothOnRecord()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var values = await host.WithAsync(async sp =>
        {
            var db = sp.GetRequiredService<OversightDbContext>();
            var migrator = db.GetService<IMigrator>();
            var before = db.Database.GetMigrations().TakeWhile(m => !m.EndsWith("_OneCurrentValue", StringComparison.Ordinal)).Last();
            await migrator.MigrateAsync(before, cancellationToken);
            db.Observations.AddRange(
                Value(db, 7, new DateTimeOffset(2024, 6, 3, 9, 0, 0, TimeSpan.Zero), ObservationSource.ManualEntry),
                Value(db, 8, new DateTimeOffset(2024, 6, 20, 9, 0, 0, TimeSpan.Zero), ObservationSource.PoliceOpenData),
                Value(db, 6, new DateTimeOffset(2024, 6, 10, 9, 0, 0, TimeSpan.Zero), ObservationSource.PartnerUpload));
            await db.SaveChangesAsync(cancellationToken);

            await migrator.MigrateAsync(null, cancellationToken);

            return await db.Observations.AsNoTracking().OrderBy(o => o.Value).Select(o => new { o.Value, o.IsCurrent }).ToListAsync(cancellationToken);
        });

        Assert.Equal([(6.0, false), (7.0, false), (8.0, true)], values.Select(v => (v.Value, v.IsCurrent)));
    }

    private static Observation Value(OversightDbContext db, double value, DateTimeOffset at, ObservationSource source) => new()
    {
        MeasureId = "neighbourhood-crime",
        Area = "leeds",
        Period = "2024-05",
        PeriodStart = new DateOnly(2024, 5, 1),
        Value = value,
        Source = source,
        RecordedAt = at,
        RecordedBy = db.GetType().Name,
    };
}

public sealed class OneCurrentValueMigrationTestsOnSqlite() : OneCurrentValueMigrationTests(DatabaseProvider.Sqlite);

public sealed class OneCurrentValueMigrationTestsOnPostgres() : OneCurrentValueMigrationTests(DatabaseProvider.Postgres);
