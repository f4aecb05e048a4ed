using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Data;
using Oversight.Core.Performance.Observations;
using Oversight.TestCommon;

namespace Oversight.Core.Tests.Data;

/// The squashed migration keeps the rule that a month of a measure in an area has one current value: the
/// database itself refuses a second, whichever path writes it.
public abstract class OneCurrentValueTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly CoreHost host = new(provider);

    public ValueTask InitializeAsync() => host.InitializeAsync();

    public ValueTask DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task TwoCurrentValuesForAMonth_AreRefusedByTheDatabase_ButEarlierVersionsAreKept()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await host.WithAsync(async sp =>
        {
            var db = sp.GetRequiredService<OversightDbContext>();
            var earlier = Value(db, 6, new DateTimeOffset(2024, 6, 10, 9, 0, 0, TimeSpan.Zero), ObservationSource.PartnerUpload);
            earlier.IsCurrent = false;
            db.Observations.AddRange(earlier, Value(db, 7, new DateTimeOffset(2024, 6, 3, 9, 0, 0, TimeSpan.Zero), ObservationSource.ManualEntry));
            await db.SaveChangesAsync(cancellationToken);

            db.Observations.Add(Value(db, 8, new DateTimeOffset(2024, 6, 20, 9, 0, 0, TimeSpan.Zero), ObservationSource.PoliceOpenData));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(cancellationToken));
            return 0;
        });

        var values = await host.WithAsync(sp => sp.GetRequiredService<OversightDbContext>().Observations.AsNoTracking()
            .OrderBy(o => o.Value).Select(o => new { o.Value, o.IsCurrent }).ToListAsync(cancellationToken));
        Assert.Equal([(6.0, false), (7.0, true)], values.Select(v => (v.Value, v.IsCurrent)));
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

public sealed class OneCurrentValueTestsOnSqlite() : OneCurrentValueTests(DatabaseProvider.Sqlite);

public sealed class OneCurrentValueTestsOnPostgres() : OneCurrentValueTests(DatabaseProvider.Postgres);
