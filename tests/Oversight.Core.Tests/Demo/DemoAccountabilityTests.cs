using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Accountability.Actions;
using Oversight.Core.Accountability.Bodies;
using Oversight.Core.Accountability.Meetings;
using Oversight.Core.Accountability.Outputs;
using Oversight.Core.Accountability.Precept;
using Oversight.Core.Accountability.Spr;
using Oversight.Core.Data;
using Oversight.Core.Demo;
using Oversight.TestCommon;

namespace Oversight.Core.Tests.Demo;

/// The annual report 2024/25's governance figures, computed from the demo records through the services the report uses.
public abstract class DemoAccountabilityTests(DatabaseProvider provider) : IAsyncLifetime
{
    /// The annual report 2024/25's meeting counts by heading, which every change to how meetings are held must keep.
    public static readonly IReadOnlyDictionary<string, int> MeetingCounts2024To25 = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["Community Outcomes Meetings"] = 4,
        ["Performance Monitoring Meetings"] = 4,
        ["Governance Meetings"] = 12,
        ["Joint Independent Audit Committee"] = 4,
        ["Joint Independent Ethics Committee"] = 2,
    };

    private readonly CoreHost host = new(provider);

    public async ValueTask InitializeAsync()
    {
        await host.InitializeAsync();
        await host.WithAsync(async sp =>
        {
            await sp.GetRequiredService<DemoAccountability>().LoadAsync(CancellationToken.None);
            return true;
        });
    }

    public ValueTask DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task MeetingCounts2024To25_AreTheAnnualReports()
    {
        var counts = await host.WithAsync(sp => sp.GetRequiredService<Meetings>().CountsAsync("2024-25", TestContext.Current.CancellationToken));

        Assert.All(MeetingCounts2024To25, expected => Assert.Equal(expected.Value, counts[expected.Key]));
    }

    [Fact]
    public async Task EarlierYears_HoldTheSameCycle_AndTheEthicsCommitteeFirstMetOn27November2024()
    {
        var meetings = await host.WithAsync(async sp =>
        {
            var all = new List<Meeting>();
            foreach (var year in new[] { "2021-22", "2022-23", "2023-24", "2024-25" })
            {
                all.AddRange(await sp.GetRequiredService<Meetings>().ListAsync(year, TestContext.Current.CancellationToken));
            }

            return all;
        });

        Assert.Equal(new DateOnly(2024, 11, 27), meetings.Where(m => m.TypeId == Body.EthicsCommittee).Min(m => m.Date));
        Assert.All(["2021-22", "2022-23", "2023-24"], year =>
        {
            Assert.Equal(12, meetings.Count(m => m.Body!.CountsAs == "Governance Meetings" && AccountabilityYear(m) == year));
            Assert.Equal(4, meetings.Count(m => m.TypeId == Body.CommunityOutcomes && AccountabilityYear(m) == year));
            Assert.DoesNotContain(meetings, m => m.TypeId == Body.EthicsCommittee && AccountabilityYear(m) == year);
        });
    }

    [Fact]
    public async Task SmartWater2024To25_Is416VictimsWithItsEvidence()
    {
        var value = await host.WithAsync(sp => sp.GetRequiredService<ProgrammeOutputs>().ValueForAsync("victims-protected-by-smartwater", "2024-25", TestContext.Current.CancellationToken));

        Assert.NotNull(value);
        Assert.Equal(416m, value.Value);
        Assert.NotNull(value.EvidenceUrl);
        Assert.False(string.IsNullOrEmpty(value.ConfirmedBy));
    }

    [Fact]
    public async Task Precept2025To26_ReproducesThePublishedTable()
    {
        var table = await host.WithAsync(sp => sp.GetRequiredService<PreceptRecords>().TableAsync("2025-26", TestContext.Current.CancellationToken));

        var lines = Assert.IsAssignableFrom<IReadOnlyList<Domain.Accountability.Precept.PreceptLine>>(table).ToDictionary(l => l.Band.Name);
        Assert.Equal((236.28m, 249.28m, 13.00m, 0.25m), (lines["D"].Previous, lines["D"].Current, lines["D"].AnnualIncrease, lines["D"].WeeklyIncrease));
        Assert.Equal((157.52m, 166.19m), (lines["A"].Previous, lines["A"].Current));
        Assert.Equal((183.78m, 193.89m), (lines["B"].Previous, lines["B"].Current));
        Assert.Equal((472.56m, 498.56m), (lines["H"].Previous, lines["H"].Current));
        Assert.Equal(5.5m, Math.Round((lines["D"].Current / lines["D"].Previous - 1) * 100, 1));
    }

    [Fact]
    public async Task Demo_HasOverdueActionsAndSprUpdatesOnEveryThreat()
    {
        var overdue = await host.WithAsync(sp => sp.GetRequiredService<MeetingActions>().OverdueAsync(TestContext.Current.CancellationToken));
        var spr = await host.WithAsync(sp => sp.GetRequiredService<SprAssurance>().InYearAsync("2024-25", TestContext.Current.CancellationToken));

        Assert.NotEmpty(overdue);
        Assert.All(overdue, a => Assert.NotEqual(ActionStatus.Completed, a.Status));
        Assert.All(spr, t => Assert.NotEmpty(t.Updates));
        Assert.All(spr.SelectMany(t => t.Updates), u => Assert.NotNull(u.MeetingId));
    }

    private static string AccountabilityYear(Meeting meeting) =>
        Domain.Performance.Periods.ReportingPeriod.Containing(meeting.Date, Domain.Plan.MeasureFrequency.Annual).Text;
}

public sealed class DemoAccountabilityTestsOnSqlite() : DemoAccountabilityTests(DatabaseProvider.Sqlite);

public sealed class DemoAccountabilityTestsOnPostgres() : DemoAccountabilityTests(DatabaseProvider.Postgres);
