using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Accounts;
using Oversight.Core.Custody.Scrutiny;
using Oversight.Core.Data;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Custody;

public abstract class ScrutinyPagesTests(HostFixture host)
{
    [Fact]
    public async Task CasePage_IsBlindToEthnicity_WhichOnlyTheAggregateAnalysisShows()
    {
        var (panelId, caseIds) = await PanelAsync(6, "Gypsy or Irish Traveller");
        var staff = await host.ClientForRoleAsync(Roles.CustodyOfficer);

        var casePage = await staff.GetStringAsync($"/custody/panel-cases/{caseIds[0]}", TestContext.Current.CancellationToken);
        var panelPage = await (await staff.GetAsync($"/custody/panels/{panelId}", TestContext.Current.CancellationToken)).GetDocumentAsync();

        Assert.Contains("Use of force during booking in", casePage, StringComparison.Ordinal);
        Assert.DoesNotContain("Gypsy or Irish Traveller", casePage, StringComparison.Ordinal);
        Assert.DoesNotContain("Gypsy or Irish Traveller", panelPage.QuerySelector("main ul.govuk-list")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Contains("Gypsy or Irish Traveller", panelPage.QuerySelector("[data-testid=analysis]")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analysis_MergesGroupsUnderFiveSoNoCaseCanBeSingledOut()
    {
        var (panelId, _) = await PanelAsync(2, "Arab");
        var staff = await host.ClientForRoleAsync(Roles.CustodyOfficer);

        var analysis = (await (await staff.GetAsync($"/custody/panels/{panelId}", TestContext.Current.CancellationToken)).GetDocumentAsync())
            .QuerySelector("[data-testid=analysis]")!.TextContent;

        Assert.DoesNotContain("Arab", analysis, StringComparison.Ordinal);
        Assert.Contains("Other groups (each fewer than 5)", analysis, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_InappropriateNeedsObservations_ThenSaves()
    {
        var (panelId, caseIds) = await PanelAsync(1, "White British");
        var staff = await host.ClientForRoleAsync(Roles.CustodyOfficer);

        var missing = await staff.PostFormAsync($"/custody/panel-cases/{caseIds[0]}", new Dictionary<string, string> { ["Assessment"] = "Inappropriate" });
        var saved = await staff.PostFormAsync($"/custody/panel-cases/{caseIds[0]}", new Dictionary<string, string>
        {
            ["Assessment"] = "Inappropriate",
            ["Observations"] = "Force used before de-escalation was tried",
        });

        Assert.Contains("Enter the panel's observations", (await missing.GetDocumentAsync()).ErrorSummary(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/custody/panels/{panelId}", saved.Headers.Location?.ToString());
        Assert.Equal(CaseAssessment.Inappropriate, (await host.QueryAsync(db => db.PanelCases.Where(c => c.Id == caseIds[0]).Select(c => c.Assessment))).Single());
    }

    [Fact]
    public async Task RemandPage_FlagsChargesAfter2300UkTimeAndKeepsEthnicityOutOfTheCaseList()
    {
        var number = $"RM-{Guid.NewGuid():N}"[..14];
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OversightDbContext>();
            foreach (var (suffix, charged) in new[] { ("late", new DateTimeOffset(2003, 7, 10, 22, 30, 0, TimeSpan.Zero)), ("early", new DateTimeOffset(2003, 7, 11, 21, 59, 0, TimeSpan.Zero)) })
            {
                db.ChildRemandCases.Add(new ChildRemandCase
                {
                    CustodyNumber = $"{number}-{suffix}",
                    ChargedAt = charged,
                    LeftCustodyAt = charged.AddHours(10),
                    BailRefusedReason = "Risk of further offences",
                    Accommodation = RemandAccommodation.None,
                    NoAccommodationReason = "No foster placement at night",
                    CourtAgreed = true,
                    Ethnicity = "Mixed White and Black Caribbean",
                });
            }

            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var staff = await host.ClientForRoleAsync(Roles.CustodyOfficer);
        var page = await (await staff.GetAsync("/custody/remand?year=2003", TestContext.Current.CancellationToken)).GetDocumentAsync();

        var rows = page.QuerySelectorAll("[data-testid=remand-cases] tbody tr").Where(r => r.TextContent.Contains(number, StringComparison.Ordinal)).ToList();
        Assert.NotNull(Assert.Single(rows, r => r.TextContent.Contains("-late", StringComparison.Ordinal)).QuerySelector("[data-testid=charged-late]"));
        Assert.Null(Assert.Single(rows, r => r.TextContent.Contains("-early", StringComparison.Ordinal)).QuerySelector("[data-testid=charged-late]"));
        Assert.DoesNotContain("Caribbean", page.QuerySelector("[data-testid=remand-cases]")!.TextContent, StringComparison.Ordinal);
    }

    private async Task<(string PanelId, List<Guid> CaseIds)> PanelAsync(int cases, string ethnicity)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OversightDbContext>();
        var panel = new ScrutinyPanel { Id = $"panel-{Guid.NewGuid():N}", Name = "Custody Detention Scrutiny Panel", Remit = "Use of force, mental health, children, strip searches", BlindToEthnicity = true };
        panel.Members.Add(new PanelMember { PanelId = panel.Id, Name = "Member One", DeclarationOfInterest = "Magistrate in Leeds" });
        var meeting = new PanelMeeting { PanelId = panel.Id, HeldOn = new DateOnly(2024, 11, 5) };
        for (var i = 0; i < cases; i++)
        {
            meeting.Cases.Add(new PanelCase
            {
                MeetingId = meeting.Id,
                Reference = $"CDSP-{i + 1:D3}",
                Topic = "Use of force",
                Summary = "Use of force during booking in",
                Assessment = i == 0 ? null : CaseAssessment.Appropriate,
                Ethnicity = ethnicity,
            });
        }

        if (cases > 1)
        {
            meeting.Cases[0].Assessment = CaseAssessment.AppropriateWithObservations;
            meeting.Cases[0].Observations = "Handcuffs kept on longer than needed";
        }

        panel.Meetings.Add(meeting);
        db.ScrutinyPanels.Add(panel);
        await db.SaveChangesAsync();
        return (panel.Id, [.. meeting.Cases.Select(c => c.Id)]);
    }
}

public sealed class ScrutinyPagesTestsOnSqlite(SqliteHost host) : ScrutinyPagesTests(host);

public sealed class ScrutinyPagesTestsOnPostgres(PostgresHost host) : ScrutinyPagesTests(host);
