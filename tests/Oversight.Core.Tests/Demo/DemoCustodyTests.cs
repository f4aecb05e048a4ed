using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Custody.Scrutiny;
using Oversight.Core.Custody.Visiting;
using Oversight.Core.Data;
using Oversight.Core.Demo;
using Oversight.Core.Justice;
using Oversight.TestCommon;

namespace Oversight.Core.Tests.Demo;

/// The demo reproduces the Mayor's 2024/25 figures, computed from its records by the statistics services.
public abstract class DemoCustodyTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly CoreHost host = new(provider);

    public async ValueTask InitializeAsync()
    {
        await host.InitializeAsync();
        await host.WithAsync(async sp =>
        {
            await DemoCustody.LoadAsync(sp.GetRequiredService<OversightDbContext>(), CancellationToken.None);
            return 0;
        });
    }

    public ValueTask DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task Visiting_2024_Has22Visitors280VisitsAbout1300DetaineesAnd33PercentSpokenTo()
    {
        var year = await host.WithAsync(sp => sp.GetRequiredService<VisitingStatistics>().ForYearAsync(2024, CancellationToken.None));

        Assert.Equal(22, year.Visitors);
        Assert.Equal(280, year.Visits);
        Assert.InRange(year.DetaineesMet, 1290, 1299);
        Assert.True(year.DetaineesInCustody > year.DetaineesMet, $"{year.DetaineesInCustody} in custody, {year.DetaineesMet} met");
        Assert.Equal(33m, Math.Round(year.SpokenToShare * 100));
        Assert.NotEmpty(year.Issues);
    }

    [Fact]
    public async Task Remand_2024_Has106CasesA24PercentAccommodatedMostOfTheRestLateAndCourtsAgreeingOver60Percent()
    {
        var year = await host.WithAsync(sp => sp.GetRequiredService<RemandCases>().ForYearAsync(2024, CancellationToken.None));

        Assert.Equal(106, year.Cases);
        Assert.Equal(24m, Math.Round(year.AccommodatedShare * 100));
        Assert.True(year.NotAccommodatedChargedLate * 2 > year.NotAccommodated, $"{year.NotAccommodatedChargedLate} of {year.NotAccommodated} charged late");
        Assert.True(year.CourtAgreedShare > 0.6m, $"court agreed in {year.CourtAgreedShare:P1}");
    }

    [Fact]
    public async Task ImmediateJustice_2024_Has537Adults22PercentFemaleAnd882Children19PercentFemale()
    {
        var year = await host.WithAsync(sp => sp.GetRequiredService<JusticeStatistics>().ForYearAsync(2024, CancellationToken.None));

        Assert.Equal(537, year.Adults.Referred);
        Assert.Equal(22m, Math.Round(year.Adults.FemaleShare * 100));
        Assert.Equal(882, year.Children.Referred);
        Assert.Equal(19m, Math.Round(year.Children.FemaleShare * 100));
    }
}

public sealed class DemoCustodyTestsOnSqlite() : DemoCustodyTests(DatabaseProvider.Sqlite);

public sealed class DemoCustodyTestsOnPostgres() : DemoCustodyTests(DatabaseProvider.Postgres);
