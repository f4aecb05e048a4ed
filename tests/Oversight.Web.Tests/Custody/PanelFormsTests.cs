using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Accounts;
using Oversight.Core.Audit;
using Oversight.Core.Custody.Scrutiny;
using Oversight.Core.Data;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Custody;

public abstract class PanelFormsTests(HostFixture host)
{
    [Fact]
    public async Task Member_Meeting_AndCase_AreRecordedThroughThePages_WithEthnicityKeptOutOfTheCaseView()
    {
        var panelId = await PanelAsync();
        var staff = await host.ClientForRoleAsync(Roles.CustodyOfficer);

        var noName = await staff.PostFormAsync($"/custody/panels/{panelId}/members/new", new Dictionary<string, string> { ["Name"] = " " });
        var member = await staff.PostFormAsync($"/custody/panels/{panelId}/members/new", new Dictionary<string, string>
        {
            ["Name"] = "Hester Quarmby",
            ["DeclarationOfInterest"] = "Volunteers with a youth offending charity in Bradford",
        });
        var reference = $"CD-{panelId[^8..]}";
        var meeting = await staff.PostFormAsync($"/custody/panels/{panelId}/meetings/new", new Dictionary<string, string>
        {
            ["HeldOn.Day"] = "14",
            ["HeldOn.Month"] = "1",
            ["HeldOn.Year"] = "2025",
        });
        var meetingPath = meeting.Headers.Location!.ToString();
        var noObservations = await staff.PostFormAsync($"{meetingPath}/cases/new", Case(reference, "Inappropriate", null));
        var added = await staff.PostFormAsync($"{meetingPath}/cases/new", Case(reference, "Inappropriate", "Force used before de-escalation was tried"));
        var meetingPage = await staff.GetStringAsync(meetingPath, TestContext.Current.CancellationToken);
        var caseId = (await host.QueryAsync(db => db.PanelCases.Where(c => c.Reference == reference).Select(c => c.Id))).Single();
        var casePage = await staff.GetStringAsync($"/custody/panel-cases/{caseId}", TestContext.Current.CancellationToken);
        var panelPage = await (await staff.GetAsync($"/custody/panels/{panelId}", TestContext.Current.CancellationToken)).GetDocumentAsync();

        Assert.Contains("Enter the member's name", (await noName.GetDocumentAsync()).ErrorSummary(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, member.StatusCode);
        Assert.Contains("youth offending charity", panelPage.QuerySelector("[data-testid=members]")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("/custody/panel-meetings/", meetingPath, StringComparison.Ordinal);
        Assert.Contains("Enter the panel's observations", (await noObservations.GetDocumentAsync()).ErrorSummary(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains($"CD-{panelId[^8..]}", meetingPage, StringComparison.Ordinal);
        Assert.Contains("Inappropriate", meetingPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Asian or Asian British", meetingPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Asian or Asian British", casePage, StringComparison.Ordinal);
        var meetingId = meetingPath.Split('/')[^1];
        Assert.NotEmpty(await host.QueryAsync(db => db.AuditEntries.Where(a => a.Action == AuditAction.Viewed && a.EntityType == nameof(PanelMeeting) && a.EntityId == meetingId)));
        Assert.Equal("Asian or Asian British", (await host.QueryAsync(db => db.PanelCases.Where(c => c.Id == caseId).Select(c => c.Ethnicity))).Single());
    }

    [Theory]
    [InlineData("bogus")]
    [InlineData("7")]
    public async Task Case_WithAnAssessmentNoPageOffers_IsRefusedBesideTheField_AndNothingIsSaved(string assessment)
    {
        var panelId = await PanelAsync();
        var staff = await host.ClientForRoleAsync(Roles.CustodyOfficer);
        var meetingPath = (await staff.PostFormAsync($"/custody/panels/{panelId}/meetings/new", new Dictionary<string, string>
        {
            ["HeldOn.Day"] = "21",
            ["HeldOn.Month"] = "1",
            ["HeldOn.Year"] = "2025",
        })).Headers.Location!.ToString();
        var reference = $"CX-{panelId[^8..]}";
        var form = Case(reference, assessment, null);
        form["Summary"] = " ";

        var refused = await staff.PostCraftedFormAsync($"{meetingPath}/cases/new", form);
        var page = await refused.GetDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Select one of the options shown", page.QuerySelector("#Assessment-error")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Enter a summary of the case", page.ErrorSummary(), StringComparison.Ordinal);
        Assert.Empty(await host.QueryAsync(db => db.PanelCases.Where(c => c.Reference == reference).Select(c => c.Id)));
    }

    [Fact]
    public async Task Minutes_AppearPubliclyOnlyOncePublished()
    {
        var panelId = await PanelAsync();
        var staff = await host.ClientForRoleAsync(Roles.CustodyOfficer);
        var meetingPath = (await staff.PostFormAsync($"/custody/panels/{panelId}/meetings/new", new Dictionary<string, string>
        {
            ["HeldOn.Day"] = "3",
            ["HeldOn.Month"] = "2",
            ["HeldOn.Year"] = "2025",
        })).Headers.Location!.ToString();
        var words = $"The panel noted delays {Guid.NewGuid():N}";
        var anonymous = host.Factory.CreateBrowserlessClient();

        var emptyPublish = await staff.PostFormAsync(meetingPath, new Dictionary<string, string> { ["Publish"] = "true" });
        await staff.PostFormAsync(meetingPath, new Dictionary<string, string> { ["Minutes"] = words });
        var beforePublishing = await anonymous.GetStringAsync("/scrutiny-panels/minutes", TestContext.Current.CancellationToken);
        var published = await staff.PostFormAsync(meetingPath, new Dictionary<string, string> { ["Minutes"] = words, ["Publish"] = "true" });
        var afterPublishing = await anonymous.GetStringAsync("/scrutiny-panels/minutes", TestContext.Current.CancellationToken);

        Assert.Contains("Enter the minutes before publishing them", (await emptyPublish.GetDocumentAsync()).ErrorSummary(), StringComparison.Ordinal);
        Assert.DoesNotContain(words, beforePublishing, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Contains(words, afterPublishing, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync(meetingPath, TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Recommendation_StaysOpenUntilTheForceResponds()
    {
        var panelId = await PanelAsync();
        var staff = await host.ClientForRoleAsync(Roles.CustodyOfficer);
        var text = $"Review strip search authorisations {Guid.NewGuid():N}";

        var blank = await staff.PostFormAsync($"/custody/panels/{panelId}/recommendations/new", new Dictionary<string, string> { ["MadeOn.Day"] = "40" });
        var made = await staff.PostFormAsync($"/custody/panels/{panelId}/recommendations/new", new Dictionary<string, string>
        {
            ["MadeOn.Day"] = "10",
            ["MadeOn.Month"] = "3",
            ["MadeOn.Year"] = "2025",
            ["Text"] = text,
        });
        var open = await (await staff.GetAsync($"/custody/panels/{panelId}", TestContext.Current.CancellationToken)).GetDocumentAsync();
        var id = (await host.QueryAsync(db => db.PanelRecommendations.Where(r => r.Text == text).Select(r => r.Id))).Single();
        await staff.PostFormAsync($"/custody/panels/{panelId}", new Dictionary<string, string>
        {
            ["RecommendationId"] = id.ToString(),
            ["ForceResponse"] = "Inspectors now review every authorisation within 24 hours",
            ["RespondedOn.Day"] = "2",
            ["RespondedOn.Month"] = "4",
            ["RespondedOn.Year"] = "2025",
        });
        var answered = await (await staff.GetAsync($"/custody/panels/{panelId}", TestContext.Current.CancellationToken)).GetDocumentAsync();

        var errors = (await blank.GetDocumentAsync()).ErrorSummary();
        Assert.Contains("Enter the recommendation", errors, StringComparison.Ordinal);
        Assert.Contains("date of the recommendation", errors, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        Assert.Contains("1 recommendation is open", open.QuerySelector("[data-testid=open-recommendations]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("0 recommendations are open", answered.QuerySelector("[data-testid=open-recommendations]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("responded 2 April 2025", answered.QuerySelector("[data-testid=recommendations]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PanelForms_AreForCustodyStaffOnly()
    {
        var panelId = await PanelAsync();
        var volunteer = await host.ClientForRoleAsync(Roles.Volunteer);

        foreach (var path in new[] { $"/custody/panels/{panelId}/members/new", $"/custody/panels/{panelId}/meetings/new", $"/custody/panels/{panelId}/recommendations/new" })
        {
            var response = await volunteer.GetAsync(path, TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("access-denied", response.Headers.Location?.ToString(), StringComparison.Ordinal);
        }
    }

    private static Dictionary<string, string> Case(string reference, string assessment, string? observations)
    {
        var form = new Dictionary<string, string>
        {
            ["Reference"] = reference,
            ["Topic"] = "Use of force",
            ["Summary"] = "Handcuffed throughout booking in",
            ["Ethnicity"] = "Asian or Asian British",
            ["Assessment"] = assessment,
        };
        if (observations is not null)
        {
            form["Observations"] = observations;
        }

        return form;
    }

    private async Task<string> PanelAsync()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OversightDbContext>();
        var panel = new ScrutinyPanel { Id = $"panel-{Guid.NewGuid():N}", Name = "Custody Detention Scrutiny Panel", Remit = "Use of force, mental health, children, strip searches", BlindToEthnicity = true };
        db.ScrutinyPanels.Add(panel);
        await db.SaveChangesAsync();
        return panel.Id;
    }
}

public sealed class PanelFormsTestsOnSqlite(SqliteHost host) : PanelFormsTests(host);

public sealed class PanelFormsTestsOnPostgres(PostgresHost host) : PanelFormsTests(host);
