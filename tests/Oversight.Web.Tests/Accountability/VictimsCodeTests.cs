using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Accountability.Bodies;
using Oversight.Core.Accountability.Meetings;
using Oversight.Core.Accounts;
using Oversight.Core.Data;
using Oversight.Core.VictimsCode;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Accountability;

/// Victims' Code compliance through HTTP: the rights, a body's return through its template, the Victims and Witnesses
/// group's review with actions, and the annual compliance report. Each test uses quarters of its own.
public abstract class VictimsCodeTests(HostFixture host)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static byte[] Csv(params string[] lines) => Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n");

    private async Task<int> HeldAsync(string quarter) =>
        (await host.QueryAsync(db => db.Observations.Where(o => o.Period == quarter && o.MeasureId.StartsWith("vc-")))).Count;

    private async Task<Guid> GroupMeetingAsync(DateOnly date)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OversightDbContext>();
        // The group comes with the demo; a test database starts without it.
        if (!await db.Set<Body>().AnyAsync(b => b.Key == Body.VictimsAndWitnesses, Ct))
        {
            db.Add(new Body { Key = Body.VictimsAndWitnesses, Name = "Victims and Witnesses Group", CountsAs = "Victims and Witnesses Group", Kind = BodyKind.Group, Frequency = "Six times a year" });
            await db.SaveChangesAsync(Ct);
        }

        var saved = await scope.ServiceProvider.GetRequiredService<Meetings>()
            .CreateAsync(new MeetingDetails(Body.VictimsAndWitnesses, $"Victims and Witnesses Group {date:yyyy-MM-dd} {Guid.NewGuid():N}", null, date, null, null), Ct);
        return saved.Id!.Value;
    }

    [Fact]
    public async Task CompliancePage_ListsTheTwelveRights_InTheCodesOrder()
    {
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);

        var page = await (await analyst.GetAsync("/accountability/victims-code", Ct)).GetDocumentAsync();

        var rights = page.QuerySelectorAll("[data-testid=rights] tbody tr").Select(r => r.QuerySelector("td")!.TextContent.Trim()).ToList();
        Assert.Equal(12, rights.Count);
        Assert.Equal("1. To be able to understand and to be understood", rights[0]);
        Assert.Equal("7. To make a Victim Personal Statement", rights[6]);
        Assert.Equal("12. To make a complaint about your rights not being met", rights[11]);
    }

    [Fact]
    public async Task Return_ThroughTheBodysTemplate_SavesEveryMeasure_ABadFileNamesLineAndFieldAndSavesNothing()
    {
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);
        var template = await (await analyst.GetAsync("/data/victims-code/cps/template.csv", Ct)).Content.ReadAsStringAsync(Ct);
        var lines = template.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("measure,period,value,numerator,denominator,notes", lines[0]);
        Assert.Equal(["vc-cps-decision-letters", "vc-cps-vps-read", "vc-cps-expenses"], lines.Skip(1).Select(l => l.Split(',')[0]).ToList());

        var bad = await analyst.PostFileAsync("/data/victims-code/cps/upload", "DataFile", "cps.csv", Csv(
            "measure,period,value,numerator,denominator,notes",
            "vc-cps-decision-letters,2025-26 Q1,75.0,480,640,",
            "vc-cps-vps-read,2025-26 Q1,lots,,,",
            "vc-police-updates,2025-26 Q1,70,,,"));

        var errors = (await bad.GetDocumentAsync()).ErrorSummary();
        Assert.Contains("cps.csv, line 3, value: Enter the value as a number", errors, StringComparison.Ordinal);
        Assert.Contains("cps.csv, line 4, measure: Enter a measure of this return", errors, StringComparison.Ordinal);
        Assert.Equal(0, await HeldAsync("2025-26 Q1"));

        var good = await analyst.PostFileAsync("/data/victims-code/cps/upload", "DataFile", "cps.csv", Csv(
            "measure,period,value,numerator,denominator,notes",
            "vc-cps-decision-letters,2025-26 Q1,75.0,480,640,",
            "vc-cps-vps-read,2025-26 Q1,90,360,400,",
            "vc-cps-expenses,2025-26 Q1,92.5,1850,2000,"));

        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.Equal(3, await HeldAsync("2025-26 Q1"));
        var page = await (await analyst.GetAsync("/accountability/victims-code?quarter=2025-26%20Q1", Ct)).GetDocumentAsync();
        Assert.Contains("75%", page.Text("compliance-cps"), StringComparison.Ordinal);
        // (480 + 360 + 1850) / (640 + 400 + 2000) = 88.5%
        Assert.Contains("88.5%", page.Text("overall"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Return_APartnerSendsOnlyItsOwnOrganisations()
    {
        var police = await host.SignedInClientAsync(Roles.PartnerUser, "west-yorkshire-police");
        var council = await host.SignedInClientAsync(Roles.PartnerUser, "leeds-city-council");

        Assert.Equal(HttpStatusCode.OK, (await police.GetAsync("/data/victims-code/police/template.xlsx", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await police.GetAsync("/data/victims-code/cps/upload", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await council.GetAsync("/data/victims-code/police/template.csv", Ct)).StatusCode);
    }

    [Fact]
    public async Task QuarterlyReview_AtAGroupMeetingAfterTheQuarter_TakesActionsWithOwnerDueDateAndStatus()
    {
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);
        var early = await GroupMeetingAsync(new DateOnly(2025, 9, 15));
        var after = await GroupMeetingAsync(new DateOnly(2025, 10, 20));

        var refused = await analyst.PostFormAsync("/accountability/victims-code/reviews/new",
            new Dictionary<string, string> { ["Quarter"] = "2025-26 Q2", ["MeetingId"] = early.ToString(), ["Findings"] = "Too soon." });
        Assert.Contains("Select a meeting held after the quarter ended on 30 September 2025", (await refused.GetDocumentAsync()).ErrorSummary(), StringComparison.Ordinal);

        var saved = await analyst.PostFormAsync("/accountability/victims-code/reviews/new",
            new Dictionary<string, string> { ["Quarter"] = "2025-26 Q2", ["MeetingId"] = after.ToString(), ["Findings"] = "Right 6 updates fell short." });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var url = saved.Headers.Location!.ToString();

        var missing = await analyst.PostFormAsync(url, new Dictionary<string, string>
        {
            ["Description"] = "Audit 50 late updates",
            ["OwnerOrganisationId"] = "",
            ["OwnerPerson"] = "Head of Witness Care",
            ["Due.Day"] = "1",
            ["Due.Month"] = "12",
            ["Due.Year"] = "2025",
        });
        Assert.Contains("organisation", (await missing.GetDocumentAsync()).ErrorSummary(), StringComparison.OrdinalIgnoreCase);

        var added = await analyst.PostFormAsync(url, new Dictionary<string, string>
        {
            ["Description"] = "Audit 50 late updates",
            ["OwnerOrganisationId"] = "west-yorkshire-police",
            ["OwnerPerson"] = "Head of Witness Care",
            ["Due.Day"] = "1",
            ["Due.Month"] = "12",
            ["Due.Year"] = "2025",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        var review = await (await analyst.GetAsync(url, Ct)).GetDocumentAsync();
        Assert.Equal("Right 6 updates fell short.", review.Text("findings"));
        var row = review.QuerySelector("[data-testid=actions] tbody tr")!.TextContent;
        Assert.Contains("Audit 50 late updates", row, StringComparison.Ordinal);
        Assert.Contains("Head of Witness Care, West Yorkshire Police", row, StringComparison.Ordinal);
        Assert.Contains("1 Dec 2025", row, StringComparison.Ordinal);
        Assert.Equal("Open", review.Text("status"));
        // The action is the meeting's, tracked with every other meeting action.
        Assert.Single(await host.QueryAsync(db => db.MeetingActions.Where(a => a.MeetingId == after)));

        var again = await analyst.PostFormAsync("/accountability/victims-code/reviews/new",
            new Dictionary<string, string> { ["Quarter"] = "2025-26 Q2", ["MeetingId"] = after.ToString(), ["Findings"] = "Twice." });
        Assert.Contains("2025-26 Q2 has been reviewed already", (await again.GetDocumentAsync()).ErrorSummary(), StringComparison.Ordinal);

        var panel = await host.ClientForRoleAsync(Roles.PanelMember);
        Assert.Equal(HttpStatusCode.OK, (await panel.GetAsync(url, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await panel.GetAsync("/accountability/victims-code/reviews/new", Ct)).StatusCode);
    }

    [Fact]
    public async Task ComplianceReport_Pdf_HasEveryRightAndTheFigures_AndWithholdsCountsUnderFive()
    {
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);
        var upload = await analyst.PostFileAsync("/data/victims-code/commissioned-services/upload", "DataFile", "services.csv", Csv(
            "measure,period,value,numerator,denominator,notes",
            "vc-services-contacted,2023-24 Q3,96,960,1000,",
            "vc-services-needs-assessed,2023-24 Q3,93,930,1000,",
            "vc-services-complaints,2023-24 Q3,3,,,",
            "vc-services-complaints,2023-24 Q4,12,,,"));
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);

        var response = await analyst.GetAsync("/accountability/victims-code/report/2023-24/document.pdf", Ct);

        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var text = await PdfText.ReadAsync(await response.Content.ReadAsByteArrayAsync(Ct), Ct);
        Assert.Contains("Victims' Code compliance report 2023-24", text, StringComparison.Ordinal);
        foreach (var right in VictimsCodeRight.All)
        {
            Assert.Contains($"Right {right.Number}: {right.Title}", text, StringComparison.Ordinal);
        }

        // (960 + 930) / 2000
        Assert.Contains("the right was met in 94.5% of cases", text, StringComparison.Ordinal);
        Assert.Contains("fewer than 5", text, StringComparison.Ordinal);
        var html = await (await analyst.GetAsync("/accountability/victims-code/report/2023-24/document.html", Ct)).GetDocumentAsync();
        var complaints = html.QuerySelectorAll("tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList())
            .Where(cells => cells.Count == 5 && cells[1] == "Complaints about Code rights received" && cells[2] != "Not returned").ToList();
        Assert.Equal([["2023-24 Q3", "Complaints about Code rights received", "fewer than 5", "", ""], ["2023-24 Q4", "Complaints about Code rights received", "12", "", ""]], complaints);
        Assert.Equal(HttpStatusCode.NotFound, (await analyst.GetAsync("/accountability/victims-code/report/2019-20/document.pdf", Ct)).StatusCode);
    }
}

public sealed class VictimsCodeTestsOnSqlite(SqliteHost host) : VictimsCodeTests(host);

public sealed class VictimsCodeTestsOnPostgres(PostgresHost host) : VictimsCodeTests(host);
