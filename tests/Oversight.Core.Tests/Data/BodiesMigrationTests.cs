using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Accountability;
using Oversight.Core.Accountability.Bodies;
using Oversight.Core.Accountability.Meetings;
using Oversight.Core.Data;
using Oversight.Core.Documents;
using Oversight.Core.Tests.Demo;
using Oversight.TestCommon;

namespace Oversight.Core.Tests.Data;

/// A database holding meetings of all six former meeting types, written before the Bodies migration, keeps every
/// meeting and every 2024/25 figure once the six types become bodies.
public abstract class BodiesMigrationTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly (string Type, int Count)[] Held2024To25 =
    [
        ("community-outcomes", 4), ("performance-scrutiny", 4), ("short-governance", 8), ("quarterly-governance", 4), ("audit-committee", 4), ("ethics-committee", 2),
    ];

    private readonly CoreHost host = new(provider, migrate: false);

    public ValueTask InitializeAsync() => host.InitializeAsync();

    public ValueTask DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task MeetingsOfAllSixTypes_MigratedIntoBodies_KeepEvery2024To25Figure()
    {
        var ct = TestContext.Current.CancellationToken;
        await host.WithAsync(async sp =>
        {
            var db = sp.GetRequiredService<OversightDbContext>();
            var migrations = db.Database.GetMigrations().ToList();
            var bodies = migrations.FindIndex(m => m.EndsWith("_Bodies", StringComparison.Ordinal));
            await db.GetService<IMigrator>().MigrateAsync(migrations[bodies - 1], ct);
            var day = 0;
            foreach (var (type, count) in Held2024To25)
            {
                // One meeting each the year before too, which must not count for 2024/25.
                for (var i = 0; i <= count; i++)
                {
                    var date = i == count ? new DateOnly(2024, 3, 1) : new DateOnly(2024, 4, 1).AddDays(day++ * 3);
                    var id = Guid.NewGuid();
                    object key = provider == DatabaseProvider.Sqlite ? id.ToString().ToUpperInvariant() : id;
                    await db.Database.ExecuteSqlAsync(
                        $"INSERT INTO \"Meetings\" (\"Id\", \"TypeId\", \"Title\", \"Date\", \"Attendees\") VALUES ({key}, {type}, {type + " " + date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}, {date}, '')",
                        ct);
                }
            }

            return true;
        });

        await host.WithAsync(sp => sp.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct));

        var (counts, figures, meetings, kept) = await host.WithAsync(async sp =>
        {
            var counts = await sp.GetRequiredService<Meetings>().CountsAsync("2024-25", ct);
            var figures = await sp.GetServices<IFigureSource>().OfType<AccountabilityFigures>().Single().FiguresAsync(2024, ct);
            var meetings = await sp.GetRequiredService<Meetings>().ListAsync("2024-25", ct);
            var kept = await sp.GetRequiredService<OversightDbContext>().Set<Meeting>().CountAsync(ct);
            return (counts, figures, meetings, kept);
        });
        Assert.All(DemoAccountabilityTests.MeetingCounts2024To25, expected => Assert.Equal(expected.Value, counts[expected.Key]));
        Assert.Equal(4m, figures.Single(f => f.Key == "accountability.meetings.community-outcomes-meetings").Value);
        Assert.Equal(4m, figures.Single(f => f.Key == "accountability.meetings.performance-monitoring-meetings").Value);
        Assert.Equal(12m, figures.Single(f => f.Key == "accountability.meetings.governance-meetings").Value);
        Assert.Equal(Held2024To25.Sum(h => h.Count + 1), kept);
        Assert.All(meetings, m => Assert.Equal(m.TypeId, m.Body?.Key));
        Assert.True(meetings.Single(m => m.TypeId == Body.CommunityOutcomes && m.Date == new DateOnly(2024, 4, 1)).Body!.IsPublic);
    }
}

public sealed class BodiesMigrationTestsOnSqlite() : BodiesMigrationTests(DatabaseProvider.Sqlite);

public sealed class BodiesMigrationTestsOnPostgres() : BodiesMigrationTests(DatabaseProvider.Postgres);
