using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Accounts;
using Oversight.Core.Custody.Visiting;
using Oversight.Core.Data;
using Oversight.Core.Publishing;
using Oversight.TestCommon;
using Oversight.Web.Tests.Publishing;

namespace Oversight.Web.Tests.Custody;

/// The scheme's annual report for 2007/08, a year no other test uses: one visit, nine in custody, seven listed, two issues.
public abstract class CustodyReportTests(HostFixture host)
{
    [Fact]
    public async Task OfficeReport_GivesEveryCount_AndThePublicVersionWithholdsThoseUnderFive()
    {
        await SeedAsync();
        await PublishedReports.PublishAsync(host, PublicationKind.CustodyVisitingReport, "2007-08");
        var staff = await host.ClientForRoleAsync(Roles.CustodyOfficer);

        var office = Parse(await staff.GetStringAsync("/custody/statistics/report.html?year=2007", TestContext.Current.CancellationToken));
        var open = Parse(await host.Factory.CreateBrowserlessClient().GetStringAsync("/custody-and-justice/report.html?year=2007", TestContext.Current.CancellationToken));

        Assert.Equal("9", Row(office, "detainees", "Detainees in custody during visits"));
        Assert.Equal("7", Row(office, "detainees", "Detainees the visitors encountered"));
        Assert.Equal("4", Row(office, "detainees", "Available to see"));
        Assert.Equal("1", Row(office, "detainees", "Declined"));
        Assert.Equal("75%", Row(office, "detainees", "Share of available detainees spoken to"));
        Assert.Equal("9", Row(open, "detainees", "Detainees in custody during visits"));
        // Nine in custody less seven encountered would give away the two nobody saw.
        Assert.Equal("withheld", Row(open, "detainees", "Detainees the visitors encountered"));
        Assert.Equal("fewer than 5", Row(open, "detainees", "Declined"));
        Assert.Equal("withheld", Row(open, "detainees", "Share of available detainees spoken to"));
        Assert.Contains("Facilities and equipment 2 1 1 0", Text(office, "issues"), StringComparison.Ordinal);
        Assert.Contains("Facilities and equipment fewer than 5", Text(open, "issues"), StringComparison.Ordinal);
        Assert.Contains("Report suite 2007", Text(office, "coverage"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OfficeReport_PrintsAsPdf_ForCustodyStaffOnly()
    {
        var staff = await host.ClientForRoleAsync(Roles.CustodyOfficer);
        var volunteer = await host.ClientForRoleAsync(Roles.Volunteer);

        var pdf = await staff.GetAsync("/custody/statistics/report.pdf?year=2007", TestContext.Current.CancellationToken);
        var denied = await volunteer.GetAsync("/custody/statistics/report.html?year=2007", TestContext.Current.CancellationToken);

        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken))[..4], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync("/custody/statistics/report.docx", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task ScrutinyReport_RevealsEthnicityOnlyInAggregate_WithSmallGroupsMergedAndWithheldInPublic()
    {
        var name = await PanelAsync();
        await PublishedReports.PublishAsync(host, PublicationKind.ScrutinyPanelsReport, "2008-09");
        var staff = await host.ClientForRoleAsync(Roles.CustodyOfficer);

        var office = Parse(await staff.GetStringAsync("/custody/scrutiny-report.html?year=2008", TestContext.Current.CancellationToken));
        var open = Parse(await host.Factory.CreateBrowserlessClient().GetStringAsync("/custody-and-justice/scrutiny-report.html?year=2008", TestContext.Current.CancellationToken));

        var panel = office.QuerySelector($"[data-panel='{name}']")!;
        Assert.Equal("8", panel.QuerySelectorAll("[data-table=panel] tr").Single(r => r.QuerySelector("th")!.TextContent == "Cases examined").QuerySelector("td")!.TextContent);
        Assert.Equal("1", panel.QuerySelectorAll("[data-table=panel] tr").Single(r => r.QuerySelector("th")!.TextContent == "Inappropriate").QuerySelector("td")!.TextContent);
        var ethnicity = string.Join(' ', panel.QuerySelectorAll("[data-table=ethnicity] th, [data-table=ethnicity] td").Select(c => c.TextContent));
        Assert.Contains("White British 6 1", ethnicity, StringComparison.Ordinal);
        Assert.Contains("Other groups (each fewer than 5) 2 0", ethnicity, StringComparison.Ordinal);
        Assert.DoesNotContain("Arab", office.Body!.TextContent, StringComparison.Ordinal);
        var publicEthnicity = string.Join(' ', open.QuerySelector($"[data-panel='{name}'] [data-table=ethnicity]")!.QuerySelectorAll("th, td").Select(c => c.TextContent));
        Assert.Contains("Other groups (each fewer than 5) fewer than 5", publicEthnicity, StringComparison.Ordinal);
        var publicPanel = open.QuerySelector($"[data-panel='{name}']")!.QuerySelectorAll("[data-table=panel] tr");
        Assert.Equal("fewer than 5", publicPanel.Single(r => r.QuerySelector("th")!.TextContent == "Inappropriate").QuerySelector("td")!.TextContent);
        Assert.Equal("1", publicPanel.Single(r => r.QuerySelector("th")!.TextContent == "Recommendations still awaiting the force's response").QuerySelector("td")!.TextContent);
    }

    private async Task<string> PanelAsync()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OversightDbContext>();
        var name = $"Report panel {Guid.NewGuid():N}";
        var panel = new Core.Custody.Scrutiny.ScrutinyPanel { Id = $"panel-{Guid.NewGuid():N}", Name = name, Remit = "Use of force", BlindToEthnicity = true };
        var meeting = new Core.Custody.Scrutiny.PanelMeeting { PanelId = panel.Id, HeldOn = new DateOnly(2008, 6, 3), Minutes = "The panel examined eight cases." };
        for (var i = 0; i < 8; i++)
        {
            meeting.Cases.Add(new Core.Custody.Scrutiny.PanelCase
            {
                MeetingId = meeting.Id,
                Reference = $"RP-{i}",
                Topic = "Use of force",
                Summary = "Sampled",
                Assessment = i == 0 ? Core.Custody.Scrutiny.CaseAssessment.Inappropriate : Core.Custody.Scrutiny.CaseAssessment.Appropriate,
                Observations = i == 0 ? "Force used too soon" : null,
                Ethnicity = i < 6 ? "White British" : "Arab",
            });
        }

        panel.Meetings.Add(meeting);
        panel.Recommendations.Add(new Core.Custody.Scrutiny.PanelRecommendation { PanelId = panel.Id, MadeOn = new DateOnly(2008, 6, 3), Text = "Record de-escalation" });
        db.ScrutinyPanels.Add(panel);
        await db.SaveChangesAsync();
        return name;
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static string Row(AngleSharp.Html.Dom.IHtmlDocument document, string table, string label) =>
        document.QuerySelectorAll($"[data-table={table}] tr").Single(r => r.QuerySelector("th")?.TextContent == label).QuerySelector("td")!.TextContent;

    private static string Text(AngleSharp.Html.Dom.IHtmlDocument document, string table) =>
        string.Join(' ', document.QuerySelectorAll($"[data-table={table}] tbody th, [data-table={table}] tbody td").Select(c => c.TextContent));

    private async Task SeedAsync()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OversightDbContext>();
        if (db.CustodySuites.Any(s => s.Id == "report-suite-2007"))
        {
            return;
        }

        db.CustodySuites.Add(new CustodySuite { Id = "report-suite-2007", Name = "Report suite 2007", VisitsPerMonthTarget = 2 });
        var pair = new[] { "First", "Second" }.Select(n => new CustodyVisitor { Name = $"{n} report visitor", Stage = VisitorStage.Appointed, Active = true }).ToList();
        db.CustodyVisitors.AddRange(pair);
        var visit = new CustodyVisit
        {
            SuiteId = "report-suite-2007",
            FirstVisitorId = pair[0].Id,
            SecondVisitorId = pair[1].Id,
            VisitDate = new DateOnly(2007, 9, 12),
            Status = VisitStatus.Submitted,
            DetaineesInCustody = 9,
        };
        var contacts = new[] { DetaineeContact.Accepted, DetaineeContact.Accepted, DetaineeContact.Accepted, DetaineeContact.Declined, DetaineeContact.NotAvailable, DetaineeContact.NotAvailable, DetaineeContact.NotAvailable };
        visit.Detainees.AddRange(contacts.Select((c, i) => new VisitDetainee { VisitId = visit.Id, Position = i, CustodyNumber = $"RPT-{i}", Contact = c }));
        visit.Issues.Add(new VisitIssue { VisitId = visit.Id, Category = IssueCategory.Facilities, Description = "Toilet flush broken", RaisedWith = "Custody sergeant", Status = IssueStatus.Closed });
        visit.Issues.Add(new VisitIssue { VisitId = visit.Id, Position = 1, Category = IssueCategory.Facilities, Description = "Hatch stuck", RaisedWith = "Custody sergeant", Status = IssueStatus.Open });
        db.CustodyVisits.Add(visit);
        await db.SaveChangesAsync();
    }
}

public sealed class CustodyReportTestsOnSqlite(SqliteHost host) : CustodyReportTests(host);

public sealed class CustodyReportTestsOnPostgres(PostgresHost host) : CustodyReportTests(host);
