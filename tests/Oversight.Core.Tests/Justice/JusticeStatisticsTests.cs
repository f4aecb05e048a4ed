using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Data;
using Oversight.Core.Justice;
using Oversight.Domain;
using Oversight.Domain.Justice;
using Oversight.TestCommon;

namespace Oversight.Core.Tests.Justice;

public abstract class JusticeStatisticsTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly CoreHost host = new(provider);

    public ValueTask InitializeAsync() => host.InitializeAsync();

    public ValueTask DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task ForYear_MeasuresStartsAgainstThe48HourAmbitionAndTheHoursRule()
    {
        var disposed = UkTime.ToInstant(new DateOnly(2024, 6, 3), new TimeOnly(10, 0));
        await host.WithAsync(async sp =>
        {
            var referrals = sp.GetRequiredService<Referrals>();
            foreach (var (age, sex, disposal, startAfter) in new (int, Sex, Disposal, double?)[]
            {
                (30, Sex.Female, Disposal.CommunityResolution, 47.9),
                (40, Sex.Male, Disposal.ConditionalCaution, 48),
                (22, Sex.Male, Disposal.Outcome22, 49),
                (25, Sex.Male, Disposal.CommunityResolution, null),
                (14, Sex.Female, Disposal.CommunityResolution, 2),
            })
            {
                var (_, errors) = await referrals.RecordAsync(new ReferralDetails(
                    age, sex, "Criminal damage", "Leeds", disposal, true, false, disposed, startAfter is { } h ? disposed.AddHours(h) : null, 0, true, false, null), CancellationToken.None);
                Assert.Empty(errors);
            }

            return 0;
        });

        var year = await host.WithAsync(sp => sp.GetRequiredService<JusticeStatistics>().ForYearAsync(2024, CancellationToken.None));

        Assert.Equal(4, year.Adults.Referred);
        Assert.Equal(3, year.Adults.Started);
        Assert.Equal(2, year.Adults.StartedWithin48Hours);
        Assert.Equal(7 + 14 + 7 + 7, year.Adults.HoursRequired);
        Assert.Equal(0.25m, year.Adults.FemaleShare);
        Assert.Equal(1, year.Children.Referred);
        Assert.Equal(1, year.Children.StartedWithin48Hours);
        Assert.Equal(0, year.Children.HoursRequired);
    }

    [Fact]
    public async Task ForYear_CountsOnlyDisposalsInTheFinancialYearInUkTime()
    {
        await host.WithAsync(async sp =>
        {
            var db = sp.GetRequiredService<OversightDbContext>();
            foreach (var at in new[] { UkTime.ToInstant(new DateOnly(2024, 3, 31), new TimeOnly(23, 59)), UkTime.ToInstant(new DateOnly(2024, 4, 1), new TimeOnly(0, 30)), UkTime.ToInstant(new DateOnly(2025, 3, 31), new TimeOnly(23, 30)) })
            {
                db.JusticeReferrals.Add(new JusticeReferral { OffenceType = "x", District = "Leeds", AgeBand = "25-34", DeliveredBy = "Probation Service", DisposedAt = at });
            }

            return await db.SaveChangesAsync();
        });

        var year = await host.WithAsync(sp => sp.GetRequiredService<JusticeStatistics>().ForYearAsync(2024, CancellationToken.None));

        Assert.Equal(2, year.Adults.Referred);
    }
}

public sealed class JusticeStatisticsTestsOnSqlite() : JusticeStatisticsTests(DatabaseProvider.Sqlite);

public sealed class JusticeStatisticsTestsOnPostgres() : JusticeStatisticsTests(DatabaseProvider.Postgres);
