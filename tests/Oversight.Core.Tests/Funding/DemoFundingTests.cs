using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Data;
using Oversight.Core.Demo;
using Oversight.Core.Funding.Reporting;
using Oversight.TestCommon;

namespace Oversight.Core.Tests.Funding;

/// The annual report's figures for the Safer Communities Fund, counted from the demo records by the real statistics.
public abstract class DemoFundingTests(HostFixture host)
{
    [Fact]
    public async Task Report2024To25_ReproducesTheAnnualReportFromRecords()
    {
        var report = await ReportAsync("2024-25");

        Assert.Equal((126, 1_583_186.05m, DemoFunding.PeopleIn2024To25), (report.Total.Projects, report.Total.Amount, report.Total.People));
        Assert.Equal(116_735, report.Total.People);
        Assert.Equal(65, report.Theme(DemoFunding.WomenAndGirls).Projects);
        Assert.Equal(51, report.Theme(DemoFunding.Equity).Projects);
        Assert.Equal([6, 7], report.ByRound.Select(r => int.Parse(r.Key, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Rounds6And7_HaveTheThemeCountsTheReportGives()
    {
        var projects = await ProjectsAsync();

        Assert.Equal(52, projects.Count(p => p.Round == 6 && p.Themes.Contains(DemoFunding.EarlyIntervention)));
        Assert.Equal(8, projects.Count(p => p.Round == 7 && p.Themes.Contains(DemoFunding.MenAndBoys)));
        Assert.Equal(36, projects.Count(p => p.Round == 7 && p.Themes.Contains(DemoFunding.ChildrenAndYoungPeople)));
        Assert.Equal(30, projects.Count(p => p.Round == 7 && p.Themes.Contains(DemoFunding.ReducingVulnerability)));
    }

    [Fact]
    public async Task SinceTheFundBegan_415ProjectsOverFourMillionAndSevenBusinessCrimeProjects()
    {
        var report = await ReportAsync(null);

        Assert.Equal(415, report.SinceStart.Projects);
        Assert.InRange(report.SinceStart.Amount, 4_000_000m, 4_100_000m);
        Assert.Equal((7, 183_211.40m), (report.Focus(DemoFunding.BusinessCrime).Projects, report.Focus(DemoFunding.BusinessCrime).Amount));
        Assert.Equal(["2021-22", "2022-23", "2023-24", "2024-25"], report.ByYear.Select(y => y.Key));
        var round7 = report.Round(7);
        Assert.True(report.ByRound.All(r => r.Amount <= round7.Amount), "Round 7 is the largest round to date");
    }

    [Fact]
    public async Task DemoProjects_StayWithinTheirStrandCeilings()
    {
        await using var scope = await LoadedAsync();
        var db = scope.ServiceProvider.GetRequiredService<OversightDbContext>();
        var rounds = await db.FundingRounds.Include(r => r.Strands).ToListAsync(TestContext.Current.CancellationToken);
        var applications = await db.FundingApplications.ToListAsync(TestContext.Current.CancellationToken);

        Assert.All(applications, a => Assert.InRange(a.Amount, 1m, rounds.Single(r => r.Id == a.RoundId).Strands.Single(s => s.Code == a.StrandCode).Ceiling));
        Assert.Contains(applications, a => a.ProjectTitle == "StreetSafe Leeds" && a.Amount == 17_185.46m && a.Area == "Leeds Harehills");
    }

    private async Task<FundingReport> ReportAsync(string? year)
    {
        await using var scope = await LoadedAsync();
        return await scope.ServiceProvider.GetRequiredService<FundingStatistics>().ReportAsync(year, CancellationToken.None);
    }

    private async Task<List<FundedProject>> ProjectsAsync()
    {
        await using var scope = await LoadedAsync();
        return await scope.ServiceProvider.GetRequiredService<FundingStatistics>().ProjectsAsync(CancellationToken.None);
    }

    private Task<AsyncServiceScope> LoadedAsync() => DemoHost.LoadedAsync(host);
}

public sealed class FundingDemoSqliteHost() : HostFixture(DatabaseProvider.Sqlite);

public sealed class FundingDemoPostgresHost() : HostFixture(DatabaseProvider.Postgres);

public sealed class DemoFundingTestsOnSqlite(FundingDemoSqliteHost host) : DemoFundingTests(host), IClassFixture<FundingDemoSqliteHost>;

public sealed class DemoFundingTestsOnPostgres(FundingDemoPostgresHost host) : DemoFundingTests(host), IClassFixture<FundingDemoPostgresHost>;
