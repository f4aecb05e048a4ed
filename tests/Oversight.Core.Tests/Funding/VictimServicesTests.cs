using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Demo;
using Oversight.Core.Funding.Victims;
using Oversight.TestCommon;

namespace Oversight.Core.Tests.Funding;

/// The annual report's Ministry of Justice grant figures and the Safer Streets 5 table, counted from the demo records.
public abstract class VictimServicesTests(HostFixture host)
{
    [Fact]
    public async Task MinistryOfJusticeGrant2024To25_ReproducesTheAnnualReport()
    {
        await using var scope = await DemoHost.LoadedAsync(host);

        var year = await scope.ServiceProvider.GetRequiredService<VictimServicesStatistics>().YearAsync("2024-25", DemoFunding.MinistryOfJusticeGrant, TestContext.Current.CancellationToken);

        Assert.Equal((31, 74, 4_654_358m), (year.Organisations, year.ServiceTypes, year.GrantTotal));
        Assert.Equal(90, (int)Math.Round(100.0 * year.VcseOrganisations / year.Organisations));
        Assert.True(year.Victims > 73_500, $"{year.Victims} victims");
        Assert.Equal((47_000, 23_000, 6_000, 66_000), (Thousands(year.Female), Thousands(year.Male), Thousands(year.Children), Thousands(year.Adults)));
        Assert.True(year.ByLine[GrantLine.DomesticAbuse] > 1_500_000m);
        Assert.True(year.ByLine[GrantLine.SexualViolence] > 1_300_000m);
        Assert.True(year.ByLine[GrantLine.AllCrime] > 1_300_000m);
        Assert.InRange(year.CopedAndRecovered, 1, year.Victims);
    }

    [Fact]
    public async Task SaferStreets5_HasTheSeedsTableAndAllocations()
    {
        await using var scope = await DemoHost.LoadedAsync(host);

        var round = await scope.ServiceProvider.GetRequiredService<VictimServicesStatistics>().SaferStreetsAsync(DemoFunding.SaferStreets5, TestContext.Current.CancellationToken);

        Assert.Equal(820_000m, round.Allocated);
        Assert.Equal([465_000m, 355_000m], round.Allocations.Select(a => a.Amount));
        Assert.Equal(18, round.Projects.Count);
        Assert.Equal(8, round.Projects.Count(p => p.Focus == "Anti-Social Behaviour (ASB)"));
        Assert.Contains(round.Projects, p => p.District == "Wakefield" && p.Intervention == "Pontefract Night Marshalls" && p.FundingYear == "2024-25");
    }

    // The report rounds to the nearest thousand ("47,000 female victims"); so do we before comparing.
    private static int Thousands(int value) => (int)Math.Round(value / 1000.0) * 1000;
}

public sealed class VictimServicesTestsOnSqlite(FundingDemoSqliteHost host) : VictimServicesTests(host), IClassFixture<FundingDemoSqliteHost>;

public sealed class VictimServicesTestsOnPostgres(FundingDemoPostgresHost host) : VictimServicesTests(host), IClassFixture<FundingDemoPostgresHost>;
