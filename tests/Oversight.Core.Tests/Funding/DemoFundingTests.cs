using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Data;
using Oversight.Core.Demo;
using Oversight.Core.Funding.Grants;
using Oversight.Core.Funding.Reporting;
using Oversight.Domain.Funding;
using Oversight.TestCommon;

namespace Oversight.Core.Tests.Funding;

/// The annual report's figures for the Safer Communities Fund, counted from the demo records by the real statistics.
public abstract class DemoFundingTests(HostFixture host)
{
    [Fact]
    public async Task Report2024To25_ReproducesTheAnnualReportFromRecords()
    {
        var report = await ReportAsync("2024-25");

        Assert.Equal((126, 1_583_186.05m, DemoFunding.PeopleIn2024To25), (report.Total.Projects, report.Total.Amount, report.Total.PeopleExpected));
        Assert.Equal(116_735, report.Total.PeopleExpected);
        Assert.InRange(report.Total.PeopleReached, 1, report.Total.PeopleExpected - 1);
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

    [Fact]
    public async Task EveryDemoDecision_HasTwoIndependentScoresModerationAndARecommendation()
    {
        await using var scope = await LoadedAsync();
        var db = scope.ServiceProvider.GetRequiredService<OversightDbContext>();

        var decided = await db.FundingApplications.Where(a => a.DecidedOn != null)
            .Select(a => new
            {
                a.Reference,
                a.ModerationNote,
                a.PanelRecommendation,
                Scores = db.AssessorAssignments.Count(s => s.ApplicationId == a.Id && s.HasConflict == false && s.Score != null),
                Marks = db.AssessmentMarks.Count(m => db.AssessorAssignments.Any(s => s.Id == m.AssignmentId && s.ApplicationId == a.Id)),
            })
            .ToListAsync(TestContext.Current.CancellationToken);

        Assert.True(decided.Count > 400);
        Assert.All(decided, d => Assert.True(d.Scores == 2 && d.Marks == 8 && d.ModerationNote is not null && d.PanelRecommendation is not null, d.Reference));
    }

    [Fact]
    public async Task DemoGrants_HavePaymentsReturnsAndOneOverdueReturn()
    {
        await using var scope = await LoadedAsync();
        var db = scope.ServiceProvider.GetRequiredService<OversightDbContext>();
        var grants = await db.Grants.Include(g => g.Tranches).Include(g => g.Returns).Include(g => g.Application)
            .Where(g => g.Application!.Round!.Number == 7).ToListAsync(TestContext.Current.CancellationToken);

        var overdue = await scope.ServiceProvider.GetRequiredService<GrantManagement>().OverdueAsync(TestContext.Current.CancellationToken);

        var late = Assert.Single(overdue);
        Assert.Equal("Our Roots Inner City Lives", late.Organisation);
        var blockers = grants.SelectMany(g => g.Tranches.Select(t => TrancheRelease.Blocker(t.ToTranche(), [.. g.Tranches.Select(x => x.ToTranche())], g.AcceptedAt is not null))).ToList();
        Assert.Equal([$"Tranche 2 is blocked until the milestone \"{DemoFundingStories.InterimMilestone}\" is signed off"], blockers.Where(b => b?.Contains("milestone", StringComparison.Ordinal) == true));
        Assert.All(grants, g => Assert.Equal(g.Amount, g.Tranches.Sum(t => t.Amount)));
        Assert.Equal(13, grants.Sum(g => g.Tranches.Count(t => t.ReleasedOn is not null)));
        Assert.Equal(9, grants.Sum(g => g.Returns.Count(r => r.SubmittedAt <= new DateTimeOffset(r.DueOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero))));
        var underspent = Assert.Single(grants, g => g.ClawbackAmount is not null);
        var paid = underspent.Tranches.Where(t => t.ReleasedOn is not null).Sum(t => t.Amount);
        Assert.Equal(Clawback.Unspent(paid, underspent.Returns.OrderBy(r => r.DueOn).Last().Spend!.Value), underspent.ClawbackAmount);
        Assert.Equal(4, grants.Count(g => g.Delivery is not null));
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
