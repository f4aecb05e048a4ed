using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Data;
using Oversight.Core.Demo;
using Oversight.Core.Documents;
using Oversight.Core.Reporting.Annual;
using Oversight.TestCommon;

namespace Oversight.Core.Tests.Reporting;

/// The demo's 2024/25 annual report, built from every capability's records, gives the seed's headline figures.
public abstract class AnnualReportDemoTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly CoreHost host = new(provider);

    public async ValueTask InitializeAsync()
    {
        await host.InitializeAsync();
        await host.WithAsync(sp => sp.GetRequiredService<DemoData>().LoadAsync(CancellationToken.None));
    }

    public ValueTask DisposeAsync() => host.DisposeAsync();

    // N.B. here because this class already loads the whole demo, which the register's notices are drafted from.
    [Fact]
    public async Task Demo_PublishesAtLeastFiveDecisionNotices_AndThreeKeyDecisionsAhead()
    {
        var (notices, ahead) = await host.WithAsync(async sp =>
        {
            var register = sp.GetRequiredService<Core.Decisions.DecisionRegister>();
            return (await register.AllPublicAsync(CancellationToken.None), await register.ForwardPlanAsync(CancellationToken.None));
        });

        Assert.True(notices.Count >= 5, $"{notices.Count} notices");
        Assert.Contains(notices, n => n.Version == 2 && n.ChangeReason is not null);
        Assert.Contains(notices, n => n.ExemptCategory == 3);
        Assert.All(notices, n => Assert.NotNull(n.DecisionMaker));
        Assert.Equal(3, ahead.Count);
    }

    [Fact]
    public async Task Demo_PublishesTheCustodyAndScrutinyReportsAndEveryClosedConsultationsReport_FrozenAsPublished()
    {
        var published = await host.WithAsync(async sp =>
        {
            var publications = sp.GetRequiredService<Core.Publishing.Publications>();
            return await publications.ListAsync(CancellationToken.None);
        });

        // The 2024/25 custody visiting report waits for a visit still in draft; every other one is published.
        var waiting = Assert.Single(published, p => p.Status != Core.Performance.Reports.ReportStatus.Published);
        Assert.Equal((Core.Publishing.PublicationKind.CustodyVisitingReport, DemoPublications.Year), (waiting.Kind, waiting.Subject));
        Assert.All(published.Where(p => p != waiting), p => Assert.NotNull(p.Snapshot));
        Assert.Contains(published, p => p.Kind == Core.Publishing.PublicationKind.CustodyVisitingReport && p.Subject == DemoPublications.PublishedVisitingYear);
        Assert.Contains(published, p => p.Kind == Core.Publishing.PublicationKind.ScrutinyPanelsReport && p.Subject == DemoPublications.Year);
        Assert.Contains(published, p => p.Kind == Core.Publishing.PublicationKind.ConsultationReport && p.Subject == DemoEngagement.Plan);
    }

    [Fact]
    public async Task AnnualReport2024To25_CitesTheSeedsHeadlineFiguresFromTheRecords()
    {
        // Act
        var document = await host.WithAsync(sp => sp.GetRequiredService<AnnualReportDocument>().LatestAsync(DemoAnnualReport.Year, TestContext.Current.CancellationToken));

        // Assert
        var figures = document!.Sources.ToDictionary(f => f.Key, f => f.Value);
        Assert.Equal(1_583_186.05m, figures["funding.safer-communities.amount"]);
        Assert.Equal(126, figures["funding.safer-communities.projects"]);
        Assert.Equal(116_735, figures["funding.safer-communities.people"]);
        Assert.Equal(537, figures["justice.immediate-justice.adults"]);
        Assert.Equal(882, figures["justice.immediate-justice.children"]);
        Assert.Equal(22, figures["custody.visitors"]);
        Assert.Equal(280, figures["custody.visits"]);
        Assert.InRange(figures["custody.detainees-met"], 1_250, 1_299);
        Assert.Equal(106, figures["custody.child-remand-cases"]);
        Assert.InRange(figures["casework.enquiries"], 971, 999);
        Assert.Equal(234, figures["casework.reviews"]);
        Assert.Equal(96, figures["casework.asb-case-reviews"]);
        Assert.Equal(9, figures["casework.asb-appeals"]);
        // Two quarters of Victims' Code returns: 326,824 of 375,821 cases met their right.
        Assert.Equal(87.0m, figures["accountability.victims-code.compliance"]);
        Assert.Equal(4, figures["accountability.meetings.community-outcomes-meetings"]);
        Assert.Equal(4, figures["accountability.meetings.performance-monitoring-meetings"]);
        Assert.Equal(12, figures["accountability.meetings.governance-meetings"]);
        Assert.Equal(4_654_358m, figures["funding.victims.grant"]);
        Assert.Equal(31, figures["funding.victims.organisations"]);
        Assert.Equal(416, figures["accountability.outputs.victims-protected-by-smartwater"]);
        Assert.Equal(249.28m, figures["accountability.precept.band-d"]);
        Assert.Equal(13.00m, figures["accountability.precept.band-d-increase"]);
        var headlines = string.Concat(document.Sections.Single(s => s.Key == "headlines").Paragraphs[0].Select(p => p.Text));
        Assert.Equal("£1,583,186.05 taken from criminals was shared across 126 projects through the Mayor's Safer Communities Fund, impacting a minimum of 116,735 people.", headlines);
        Assert.Equal(60, figures["engagement.plan-2024.violence-affects-area.yes"]);
        Assert.Equal(73, figures["engagement.plan-2024.feel-safe-yes-no.yes"]);
        Assert.Equal(64, figures["engagement.plan-2024.feel-safe.very-or-quite-safe"]);
        Assert.Equal(62, figures["engagement.plan-2024.safety-night-day.yes"]);
        Assert.Equal(86, figures["engagement.children-2024.safe-local-area.yes"]);
        Assert.Equal(84, figures["engagement.children-2024.safe-school.yes"]);
        Assert.Equal(57, figures["engagement.children-2024.safe-online.yes"]);
        var stories = document.Sections.SelectMany(s => s.CaseStudies.Select(c => (s.Key, c.Project))).ToList();
        Assert.Equal(5, stories.Count);
        Assert.Contains(("theme-equity-diversity-and-inclusion", "Connecting Roma"), stories);
        Assert.Contains(("theme-safety-of-women-and-girls", "Empower Her Kickboxing and Protection"), stories);
        var precept = Assert.Single(document.Sections.Single(s => s.Key == "finance").Tables);
        Assert.Equal(["A", "B", "C", "D", "E", "F", "G", "H"], precept.Rows.Select(r => r[0]));
        Assert.Equal(["A", "£157.52", "£166.19", "£8.67", "£0.17"], precept.Rows[0]);
        Assert.Equal(["B", "£183.78", "£193.89", "£10.11", "£0.19"], precept.Rows[1]);
        Assert.Equal(["D", "£236.28", "£249.28", "£13.00", "£0.25"], precept.Rows[3]);
        Assert.Equal(["H", "£472.56", "£498.56", "£26.00", "£0.50"], precept.Rows[7]);
        Assert.DoesNotContain(document.Sections.SelectMany(s => s.Paragraphs).SelectMany(p => p), p => p.IsFigure && p.Figure is null);
    }

    [Fact]
    public async Task AnnualReport2024To25_HasNarrativeInEverySection_AndEveryKeyItCitesResolves()
    {
        var ct = TestContext.Current.CancellationToken;
        var (document, sections, texts, known) = await host.WithAsync(async sp =>
        {
            var reports = sp.GetRequiredService<AnnualReports>();
            var report = (await reports.LatestAsync(DemoAnnualReport.Year, ct))!;
            var figures = await sp.GetRequiredService<ReportFigures>().ForYearAsync(AnnualReports.FirstYear(report), ct);
            return (await sp.GetRequiredService<AnnualReportDocument>().BuildAsync(report, ct), reports.Sections,
                report.Sections.ToDictionary(s => s.SectionKey, s => s.Text, StringComparer.Ordinal), figures.Keys.ToHashSet(StringComparer.Ordinal));
        });

        Assert.Empty(sections.Where(s => string.IsNullOrWhiteSpace(texts.GetValueOrDefault(s.Key))).Select(s => s.Key));
        Assert.All(document.Sections, s => Assert.NotEmpty(s.Paragraphs));
        Assert.Equal(sections.Select(s => s.Key), document.Sections.Select(s => s.Key));
        Assert.Empty(texts.SelectMany(t => Domain.Reporting.Narrative.UnknownKeys(t.Value, known)));
        var cited = document.Sections.SelectMany(s => s.Paragraphs).SelectMany(p => p).Where(p => p.IsFigure).ToList();
        Assert.True(cited.Count >= 60, $"{cited.Count} figures cited");
        Assert.All(cited, p => Assert.NotNull(p.Figure));
        Assert.Contains(cited, p => p.Figure!.Citation is not null);
    }

    [Fact]
    public async Task CitedStatistic_IsInTheAnnexWithItsSource_AndThePerformanceSectionCarriesTheQ4Commentary()
    {
        var ct = TestContext.Current.CancellationToken;
        var (document, q4) = await host.WithAsync(async sp =>
        {
            var published = await sp.GetRequiredService<Core.Performance.Reports.QuarterlyReports>().PublishedAsync(ct);
            var last = published.First(r => r.Quarter.StartsWith(DemoAnnualReport.Year + " Q", StringComparison.Ordinal));
            return (await sp.GetRequiredService<AnnualReportDocument>().LatestAsync(DemoAnnualReport.Year, ct),
                Core.Performance.Reports.ReportSnapshot.FromJson(last.Snapshot!));
        });

        var reoffending = Assert.Single(document!.Sources, f => f.Key == DemoCitedStatistics.ProvenReoffending);
        Assert.Equal(31.4m, reoffending.Value);
        Assert.Equal("31.4%", reoffending.Text);
        var source = Assert.IsType<Domain.Reporting.FigureCitation>(reoffending.Citation);
        Assert.Equal("Ministry of Justice", source.Publisher);
        Assert.StartsWith("https://www.gov.uk/", source.Link, StringComparison.Ordinal);
        Assert.Equal("July 2022 to June 2023", source.Period);
        Assert.Equal(source.Text, reoffending.Source);
        Assert.StartsWith("Ministry of Justice, Proven reoffending statistics", reoffending.Source, StringComparison.Ordinal);
        Assert.Contains(", retrieved ", reoffending.Source, StringComparison.Ordinal);
        var detentions = Assert.Single(document.Sources, f => f.Key == DemoCitedStatistics.Detentions);
        Assert.Equal("51,576", detentions.Text);
        Assert.Equal("Home Office", detentions.Citation?.Publisher);
        Assert.Equal(28.2m, Assert.Single(document.Sources, f => f.Key == DemoCitedStatistics.RassoBroughtToJustice).Value);
        Assert.Equal(q4.Themes.Select(t => t.Commentary), document.Themes.Select(t => t.Commentary));
        Assert.All(document.Themes, t => Assert.False(string.IsNullOrWhiteSpace(t.Commentary)));
    }

    [Fact]
    public async Task SeedsOwnRecordFigures_AreFigureKeysComputedFromTheDemoRecords()
    {
        var ct = TestContext.Current.CancellationToken;
        var figures = await host.WithAsync(sp => sp.GetRequiredService<ReportFigures>().ForYearAsync(2024, ct));
        decimal Value(string key) => Assert.Contains(key, figures).Value;

        // Immediate Justice by sex; child remand outcomes.
        Assert.Equal(22, Value("justice.immediate-justice.adults.female-share"));
        Assert.Equal(19, Value("justice.immediate-justice.children.female-share"));
        Assert.Equal(24, Value("custody.child-remand-cases.accommodated-share"));
        Assert.Equal(76, Value("custody.child-remand-cases.kept-in-custody-share"));
        Assert.InRange(Value("custody.child-remand-cases.court-agreed-share"), 60, 100);
        Assert.InRange(Value("custody.child-remand-cases.kept-and-charged-after-23"), 1, 80);

        // The Fund by round and theme, since it began, business crime, the round ceilings.
        Assert.Equal(52, Value("funding.safer-communities.round-6.theme.early-intervention-and-prevention.projects"));
        Assert.Equal(8, Value("funding.safer-communities.round-7.theme.men-and-boys.projects"));
        Assert.Equal(36, Value("funding.safer-communities.round-7.theme.children-and-young-people.projects"));
        Assert.Equal(30, Value("funding.safer-communities.round-7.theme.reducing-vulnerability.projects"));
        Assert.Equal(65, Value("funding.safer-communities.theme.safety-of-women-and-girls.projects"));
        Assert.Equal(51, Value("funding.safer-communities.theme.equity-diversity-and-inclusion.projects"));
        Assert.Equal(126, Value("funding.safer-communities.round-6.projects") + Value("funding.safer-communities.round-7.projects"));
        Assert.Equal(415, Value("funding.safer-communities.since-start.projects"));
        Assert.InRange(Value("funding.safer-communities.since-start.amount"), 4_000_000m, 4_100_000m);
        Assert.Equal(7, Value("funding.safer-communities.since-start.focus.business-crime.projects"));
        Assert.Equal(183_211.40m, Value("funding.safer-communities.since-start.focus.business-crime.amount"));
        Assert.Contains(figures.Keys, k => k.StartsWith("funding.safer-communities.round-7.ceiling.", StringComparison.Ordinal) && figures[k].Value > 0);

        // Victims' services by sex, age and ring-fenced line; the voluntary sector's share; kinds of service.
        Assert.Equal(47, Math.Round(Value("funding.victims.female") / 1000));
        Assert.Equal(23, Math.Round(Value("funding.victims.male") / 1000));
        Assert.Equal(6, Math.Round(Value("funding.victims.children") / 1000));
        Assert.InRange(Value("funding.victims.line.domestic-abuse"), 1_500_000m, 1_599_999m);
        Assert.InRange(Value("funding.victims.line.sexual-violence"), 1_300_000m, 1_399_999m);
        Assert.Equal(90, Value("funding.victims.voluntary-sector-share"));
        Assert.Equal(74, Value("funding.victims.kinds-of-service"));

        // Safer Streets 5, and the precept's rise as a share and a week.
        Assert.Equal(820_000m, Value("funding.safer-streets.total"));
        Assert.Equal(355_000m, Value("funding.safer-streets.2024-25"));
        Assert.Equal(5.5m, Value("accountability.precept.band-d-increase-share"));
        Assert.Equal(0.25m, Value("accountability.precept.band-d-increase-weekly"));
    }

    [Fact]
    public async Task EachMonthlyCountMeasure_HasItsChangeOnTheYear_ComputedFromTheForcesObservations()
    {
        var ct = TestContext.Current.CancellationToken;
        var figures = await host.WithAsync(sp => sp.GetRequiredService<ReportFigures>().ForYearAsync(2024, ct));
        var changes = figures.Where(f => f.Key.StartsWith("performance.change.", StringComparison.Ordinal)).ToList();

        // Worked out here from the rows themselves: April 2024 to March 2025 against April 2023 to March 2024.
        var expected = await host.WithAsync(async sp =>
        {
            var db = sp.GetRequiredService<OversightDbContext>();
            var result = new Dictionary<string, double>();
            foreach (var (key, _) in changes)
            {
                var id = key["performance.change.".Length..];
                var rows = await db.Observations.Where(o => o.MeasureId == id && o.IsCurrent && o.Area == Oversight.Core.Performance.Observations.Observation.ForceArea
                    && o.PeriodStart >= new DateOnly(2023, 4, 1) && o.PeriodStart <= new DateOnly(2025, 3, 1)).ToListAsync(ct);
                var year = rows.Where(o => o.PeriodStart >= new DateOnly(2024, 4, 1)).Sum(o => o.Value);
                var before = rows.Where(o => o.PeriodStart < new DateOnly(2024, 4, 1)).Sum(o => o.Value);
                result[key] = (year - before) / before * 100;
            }

            return result;
        });

        Assert.True(changes.Count >= 5, $"{changes.Count} measures with a change on the year");
        // The figure is written to one decimal place.
        Assert.All(changes, c => Assert.InRange((double)c.Value.Value, expected[c.Key] - 0.05, expected[c.Key] + 0.05));
        Assert.Contains(changes, c => c.Value.Value != 0);
    }

    [Fact]
    public async Task EveryFigure_HasTheRecordsBehindIt()
    {
        var ct = TestContext.Current.CancellationToken;
        var (figures, missing) = await host.WithAsync(async sp =>
        {
            var all = await sp.GetRequiredService<ReportFigures>().ForYearAsync(2024, ct);
            var without = new List<string>();
            foreach (var (key, figure) in all)
            {
                // A figure of nought may rightly have no records behind it; any other must have some.
                if (await sp.GetRequiredService<ReportFigures>().RecordsAsync(2024, key, ct) is not { } records || (figure.Value != 0 && records.Rows.Count == 0))
                {
                    without.Add(key);
                }
            }

            return (all, without);
        });

        Assert.True(figures.Count >= 25, $"{figures.Count} figures");
        Assert.Empty(missing);
    }
}

public sealed class AnnualReportDemoTestsOnSqlite() : AnnualReportDemoTests(DatabaseProvider.Sqlite);

public sealed class AnnualReportDemoTestsOnPostgres() : AnnualReportDemoTests(DatabaseProvider.Postgres);
