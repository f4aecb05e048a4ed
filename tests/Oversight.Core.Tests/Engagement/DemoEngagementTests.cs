using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Data;
using Oversight.Core.Demo;
using Oversight.Core.Engagement;
using Oversight.Core.Engagement.Analysis;
using Oversight.Core.Engagement.Coding;
using Oversight.TestCommon;

namespace Oversight.Core.Tests.Engagement;

/// The demo's engagement records loaded once per provider into a database of their own.
public abstract class DemoEngagementFixture(DatabaseProvider provider) : IAsyncLifetime
{
    public CoreHost Host { get; } = new(provider);

    public async ValueTask InitializeAsync()
    {
        await Host.InitializeAsync();
        await Host.WithAsync(async s =>
        {
            await s.GetRequiredService<DemoEngagement>().LoadAsync(CancellationToken.None);
            return true;
        });
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}

public sealed class DemoEngagementSqlite() : DemoEngagementFixture(DatabaseProvider.Sqlite);

public sealed class DemoEngagementPostgres() : DemoEngagementFixture(DatabaseProvider.Postgres);

/// The annual report's consultation figures, counted from the demo's individual responses by the analysis service.
public abstract class DemoEngagementTests(DemoEngagementFixture fixture)
{
    private readonly CoreHost host = fixture.Host;

    [Fact]
    public async Task Plan_CountedFromResponses_GivesTheReportsFigures()
    {
        var plan = await AnalyseAsync(DemoEngagement.Plan);

        Assert.True(plan.Respondents > 6000);
        Assert.Equal(60, Percent(plan.Question("violence-affects-area").Option("yes").Share.Value));
        Assert.Equal(40, Percent(plan.Question("violence-affects-area").Option("no").Share.Value));
        Assert.Equal(73, Percent(plan.Question("feel-safe-yes-no").Option("yes").Share.Value));
        Assert.Equal(27, Percent(plan.Question("feel-safe-yes-no").Option("no").Share.Value));
        Assert.Equal(64, Percent(plan.Question("feel-safe").Likert!.VeryOrQuiteSafe.Value));
        Assert.Equal(62, Percent(plan.Question("safety-night-day").Option("yes").Share.Value));
    }

    [Fact]
    public async Task Children_CountedFromResponses_GivesTheReportsFigures()
    {
        var children = await AnalyseAsync(DemoEngagement.Children);

        Assert.Equal(887, children.Respondents);
        Assert.Equal(86, Percent(children.Question("safe-local-area").Option("yes").Share.Value));
        Assert.Equal(84, Percent(children.Question("safe-school").Option("yes").Share.Value));
        Assert.Equal(57, Percent(children.Question("safe-online").Option("yes").Share.Value));
    }

    [Fact]
    public async Task OtherSurveys_HaveTheReportsNumbersOfRespondents()
    {
        Assert.Equal(201, (await AnalyseAsync(DemoEngagement.YoungPeople)).Respondents);
        Assert.Equal(140, (await AnalyseAsync(DemoEngagement.WomenAndGirls)).Respondents);
        Assert.InRange((await AnalyseAsync(DemoEngagement.Precept)).Respondents, 480, 520);
    }

    [Fact]
    public async Task Figure_ResolvedByKey_GivesValueBaseAndLink()
    {
        var key = FigureReferences.KeyOf(DemoEngagement.Plan, "feel-safe", EngagementAnalysis.VeryOrQuiteSafe);

        var figure = await host.WithAsync(s => s.GetRequiredService<FigureReferences>().ResolveAsync(key, TestContext.Current.CancellationToken));

        Assert.NotNull(figure);
        Assert.Equal(4600, figure.Share.Base);
        Assert.Equal(2944, figure.Share.Count);
        Assert.True(figure.Share.Lower < 0.64 && figure.Share.Upper > 0.64);
        Assert.Equal("/engagement/consultations/plan-2024/questions/feel-safe", figure.Link);
        Assert.Null(await host.WithAsync(s => s.GetRequiredService<FigureReferences>().ResolveAsync("engagement:plan-2024:feel-safe:nope", TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Causes_DoubleCodedSample_GivesEachThemeAShareAndAKappa()
    {
        var summary = await host.WithAsync(async s =>
        {
            var consultation = await s.GetRequiredService<EngagementAnalysis>().FindAsync(DemoEngagement.Plan, TestContext.Current.CancellationToken);
            return await s.GetRequiredService<FreeTextCoding>().SummariseAsync(consultation!, "causes", TestContext.Current.CancellationToken);
        });

        Assert.Equal(600, summary.Coded);
        Assert.Equal(120, summary.DoubleCoded);
        Assert.True(summary.Answers > summary.Coded);
        Assert.All(summary.Themes.Take(7), t => Assert.InRange(t.Agreement!.Kappa!.Value, 0.6, 1.0));
        Assert.All(summary.Themes.Take(7), t => Assert.InRange(t.Share.Value, 0.05, 0.5));
    }

    [Fact]
    public async Task Precept_ThisYearAgainstLast_GivesBothSharesAndTheirDifference()
    {
        var (shares, difference) = await host.WithAsync(s => s.GetRequiredService<EngagementAnalysis>()
            .CompareConsultationsAsync(DemoEngagement.Precept, DemoEngagement.PreviousPrecept, "support-increase", "yes", TestContext.Current.CancellationToken));

        Assert.Equal([(271, 503), (198, 412)], shares.Select(s => (s.Share.Count, s.Share.Base)));
        Assert.Equal((271.0 / 503) - (198.0 / 412), difference!.Difference, 12);
        Assert.True(difference.Lower < difference.Difference && difference.Difference < difference.Upper);
    }

    [Fact]
    public async Task Breakdown_ByDistrict_WithholdsNoLargeCellAndShowsEveryDistrict()
    {
        var breakdown = await host.WithAsync(s => s.GetRequiredService<EngagementAnalysis>()
            .BreakdownAsync(DemoEngagement.Plan, "feel-safe-yes-no", "district", TestContext.Current.CancellationToken));

        Assert.Equal(5, breakdown!.Rows.Count);
        Assert.Equal(1500, breakdown.Rows.Sum(r => r.Base));
        Assert.All(breakdown.Rows, r => Assert.All(r.Cells, Assert.NotNull));
    }

    private static int Percent(double share) => (int)Math.Round(share * 100, MidpointRounding.AwayFromZero);

    private Task<ConsultationAnalysis> AnalyseAsync(string slug) =>
        host.WithAsync(async s => (await s.GetRequiredService<EngagementAnalysis>().AnalyseAsync(slug, null, TestContext.Current.CancellationToken))!);
}

public sealed class DemoEngagementTestsOnSqlite(DemoEngagementSqlite fixture) : DemoEngagementTests(fixture), IClassFixture<DemoEngagementSqlite>;

public sealed class DemoEngagementTestsOnPostgres(DemoEngagementPostgres fixture) : DemoEngagementTests(fixture), IClassFixture<DemoEngagementPostgres>;
