using System.Net;
using System.Text.Json;
using Oversight.Core.Accountability.Actions;
using Oversight.Core.Accountability.Bodies;
using Oversight.Core.Accounts;
using Oversight.Core.Audit;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Accountability;

/// Meetings here are dated 2001, so they never fall in a year other tests count.
public abstract class MeetingPagesTests(HostFixture host)
{
    private static readonly DateOnly Day = new(2001, 11, 27);

    [Fact]
    public async Task CommunityOutcomesMinutes_AreHiddenFromThePublic_UntilApproved()
    {
        // Arrange
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);
        var anonymous = host.Factory.CreateBrowserlessClient();
        var id = await analyst.AddMeetingAsync(Body.CommunityOutcomes, $"Serious disorder {Guid.NewGuid():N}", Day);
        var minutes = $"The Chief Constable described the response {Guid.NewGuid():N}.";
        await analyst.PostFormAsync($"/accountability/meetings/{id}?handler=minutes", new Dictionary<string, string> { ["Minutes"] = minutes });

        // Act
        var before = await anonymous.GetAsync($"/meetings/{id}", TestContext.Current.CancellationToken);
        var publish = await analyst.PostFormAsync($"/accountability/meetings/{id}?handler=publish", new Dictionary<string, string> { ["Minutes"] = minutes });
        var after = await anonymous.GetAsync($"/meetings/{id}", TestContext.Current.CancellationToken);

        // Assert: the agenda of a meeting long past is public; its draft minutes are not.
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        var draft = await before.GetDocumentAsync();
        Assert.NotNull(draft.QuerySelector("[data-testid=minutes-pending]"));
        Assert.DoesNotContain(minutes, draft.DocumentElement.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains(minutes, (await after.GetDocumentAsync()).QuerySelector("[data-testid=minutes]")?.TextContent, StringComparison.Ordinal);
        var list = await (await anonymous.GetAsync("/meetings", TestContext.Current.CancellationToken)).GetDocumentAsync();
        Assert.Contains(list.QuerySelectorAll("[data-testid=published-meetings] a"), a => a.GetAttribute("href") == $"/meetings/{id}");
    }

    [Fact]
    public async Task PrivateMeetingMinutes_StayHiddenFromThePublic_EvenWhenPublished()
    {
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);
        var id = await analyst.AddMeetingAsync(Body.ShortGovernance, $"Short governance {Guid.NewGuid():N}", Day);

        await analyst.PostFormAsync($"/accountability/meetings/{id}?handler=publish", new Dictionary<string, string> { ["Minutes"] = "Discussed staffing." });
        var response = await host.Factory.CreateBrowserlessClient().GetAsync($"/meetings/{id}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ActionUpdate_IsAuditedWithTheStatusBeforeAndAfter()
    {
        // Arrange
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);
        var meeting = await analyst.AddMeetingAsync(Body.QuarterlyGovernance, $"Quarterly {Guid.NewGuid():N}", Day);
        var description = $"Report on call handling {Guid.NewGuid():N}";
        Assert.Equal(HttpStatusCode.Redirect, (await analyst.AddActionAsync(meeting, description, Day.AddDays(30))).StatusCode);
        var actionId = (await host.QueryAsync(db => db.MeetingActions.Where(a => a.Description == description).Select(a => a.Id))).Single();

        // Act
        var response = await analyst.UpdateActionAsync(actionId, "The force sent its report.", "Completed", "Report received on 1 December 2001");

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var audit = await host.QueryAsync(db => db.AuditEntries.Where(a => a.EntityType == "MeetingAction" && a.EntityId == actionId.ToString() && a.Action == AuditAction.Updated));
        var changes = JsonDocument.Parse(Assert.Single(audit).Changes).RootElement;
        Assert.Equal(nameof(ActionStatus.Open), changes.GetProperty("Status").GetProperty("before").GetString());
        Assert.Equal(nameof(ActionStatus.Completed), changes.GetProperty("Status").GetProperty("after").GetString());
        Assert.StartsWith("analyst-", audit[0].ActorName, StringComparison.Ordinal);
        Assert.Single(await host.QueryAsync(db => db.AuditEntries.Where(a => a.EntityType == "ActionUpdate" && a.Action == AuditAction.Created && a.Changes.Contains("The force sent its report."))));
    }

    [Fact]
    public async Task CompletingAnAction_WithoutEvidence_IsRefusedAndNothingChanges()
    {
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);
        var meeting = await analyst.AddMeetingAsync(Body.QuarterlyGovernance, $"Quarterly {Guid.NewGuid():N}", Day);
        var description = $"Evidence needed {Guid.NewGuid():N}";
        await analyst.AddActionAsync(meeting, description, Day.AddDays(30));
        var actionId = (await host.QueryAsync(db => db.MeetingActions.Where(a => a.Description == description).Select(a => a.Id))).Single();

        var response = await analyst.UpdateActionAsync(actionId, "Done.", "Completed");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Error: Enter the evidence that the action is complete, or a link to it", (await response.GetDocumentAsync()).QuerySelector("#EvidenceText-error")?.TextContent.Trim());
        Assert.Equal("Open", (await host.QueryAsync(db => db.MeetingActions.Where(a => a.Id == actionId).Select(a => a.Status.ToString()))).Single());
    }

    [Fact]
    public async Task PanelMember_ReadsTheMeeting_ButCannotChangeIt()
    {
        // Arrange
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);
        var panel = await host.ClientForRoleAsync(Roles.PanelMember);
        var meeting = await analyst.AddMeetingAsync(Body.PerformanceScrutiny, $"Scrutiny {Guid.NewGuid():N}", Day);

        // Act
        var page = await panel.GetAsync($"/accountability/meetings/{meeting}", TestContext.Current.CancellationToken);
        var newMeeting = await panel.GetAsync("/accountability/meetings/new", TestContext.Current.CancellationToken);
        var post = await panel.PostCraftedFormAsync($"/accountability/meetings/{meeting}?handler=agenda", new Dictionary<string, string> { ["AgendaTitle"] = "Not allowed" });

        // Assert
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var document = await page.GetDocumentAsync();
        Assert.Null(document.QuerySelector("[data-testid=add-action]"));
        Assert.Equal(HttpStatusCode.Forbidden, newMeeting.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Empty(await host.QueryAsync(db => db.AgendaItems.Where(a => a.MeetingId == meeting)));
    }

    [Fact]
    public async Task MeetingPack_ListsTheAgendaWithItsLinkedReports_AsHtmlAndPdf()
    {
        // Arrange
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);
        var meeting = await analyst.AddMeetingAsync(Body.CommunityOutcomes, $"Child safeguarding {Guid.NewGuid():N}", Day);
        await analyst.PostFormAsync($"/accountability/meetings/{meeting}?handler=agenda", new Dictionary<string, string> { ["AgendaTitle"] = "Child sexual exploitation and abuse", ["AgendaSummary"] = "" });
        await analyst.PostFilesAsync($"/accountability/meetings/{meeting}?handler=report",
            new Dictionary<string, string> { ["ReportAgendaNumber"] = "1", ["ReportTitle"] = "CSEA update from WYP", ["SubmittedBy"] = "ACC Safeguarding", ["ReportUrl"] = "https://example.org/csea.pdf" });
        await analyst.PostFormAsync($"/accountability/meetings/{meeting}?handler=question", new Dictionary<string, string>
        {
            ["AgendaNumber"] = "1",
            ["AskedBy"] = "Deputy Mayor",
            ["Question"] = "How many officers have had the training?",
            ["Answer"] = "All front-line officers.",
            ["AnsweredBy"] = "Chief Constable",
        });

        // Act
        var html = await analyst.GetStringAsync($"/accountability/meetings/{meeting}/pack.html", TestContext.Current.CancellationToken);
        var pdf = await analyst.GetByteArrayAsync($"/accountability/meetings/{meeting}/pack.pdf", TestContext.Current.CancellationToken);

        // Assert
        Assert.Contains("1. Child sexual exploitation and abuse", html, StringComparison.Ordinal);
        Assert.Contains("CSEA update from WYP", html, StringComparison.Ordinal);
        Assert.Contains("https://example.org/csea.pdf", html, StringComparison.Ordinal);
        Assert.Contains("How many officers have had the training?", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("Child sexual exploitation", StringComparison.Ordinal) < html.IndexOf("CSEA update", StringComparison.Ordinal));
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);
    }

    [Fact]
    public async Task QuestionAskedWithoutAnAnswer_IsAnsweredLater_AndTheAnswerIsAudited()
    {
        // Arrange
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);
        var meeting = await analyst.AddMeetingAsync(Body.CommunityOutcomes, $"Hate crime {Guid.NewGuid():N}", Day);
        var question = $"How many hate crimes were reported in Calderdale? {Guid.NewGuid():N}";
        await analyst.PostFormAsync($"/accountability/meetings/{meeting}?handler=question", new Dictionary<string, string>
        {
            ["AgendaNumber"] = "",
            ["AskedBy"] = "Deputy Mayor",
            ["Question"] = question,
            ["Answer"] = "",
            ["AnsweredBy"] = "",
        });
        var questionId = (await host.QueryAsync(db => db.MeetingQuestions.Where(q => q.Question == question).Select(q => q.Id))).Single();

        // Act
        var missing = await analyst.PostFormAsync($"/accountability/meetings/{meeting}?handler=answer", new Dictionary<string, string>
        {
            ["QuestionId"] = questionId.ToString(),
            ["AnswerText"] = "",
            ["AnswerBy"] = "Chief Constable",
        });
        var answered = await analyst.PostFormAsync($"/accountability/meetings/{meeting}?handler=answer", new Dictionary<string, string>
        {
            ["QuestionId"] = questionId.ToString(),
            ["AnswerText"] = "The force will write with the figures.",
            ["AnswerBy"] = "Chief Constable",
        });

        // Assert
        Assert.Equal("Error: Enter the answer", (await missing.GetDocumentAsync()).QuerySelector("#AnswerText-error")?.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.Equal("The force will write with the figures.", (await host.QueryAsync(db => db.MeetingQuestions.Where(q => q.Id == questionId).Select(q => q.Answer))).Single());
        Assert.Single(await host.QueryAsync(db => db.AuditEntries.Where(a => a.EntityType == "MeetingQuestion" && a.EntityId == questionId.ToString() && a.Action == AuditAction.Updated)));
    }

    [Fact]
    public async Task UploadedReport_IsDownloadedAsAnAttachment_AndAPanelMemberCannotUpdateActions()
    {
        // Arrange
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);
        var panel = await host.ClientForRoleAsync(Roles.PanelMember);
        var meeting = await analyst.AddMeetingAsync(Body.QuarterlyGovernance, $"Quarterly {Guid.NewGuid():N}", Day);
        var file = Path.Combine(Directory.CreateTempSubdirectory("oversight-report-").FullName, "rocu-update.html");
        await File.WriteAllTextAsync(file, "<p>Regional Organised Crime Unit update</p>", TestContext.Current.CancellationToken);
        var description = $"Panel may not touch {Guid.NewGuid():N}";
        await analyst.AddActionAsync(meeting, description, Day.AddDays(7));
        var actionId = (await host.QueryAsync(db => db.MeetingActions.Where(a => a.Description == description).Select(a => a.Id))).Single();

        // Act
        var upload = await analyst.PostFilesAsync($"/accountability/meetings/{meeting}?handler=report",
            new Dictionary<string, string> { ["ReportAgendaNumber"] = "", ["ReportTitle"] = "ROCU update", ["SubmittedBy"] = "Head of ROCU", ["ReportUrl"] = "" }, ("ReportFile", file));
        var page = await (await panel.GetAsync($"/accountability/meetings/{meeting}", TestContext.Current.CancellationToken)).GetDocumentAsync();
        var download = await panel.GetAsync(page.QuerySelector("[data-testid=reports] a")?.GetAttribute("href"), TestContext.Current.CancellationToken);
        var panelUpdate = await panel.PostCraftedFormAsync($"/accountability/actions/{actionId}", new Dictionary<string, string> { ["Text"] = "Not allowed", ["Status"] = "Completed", ["EvidenceText"] = "None" });

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        Assert.Equal("<p>Regional Organised Crime Unit update</p>", await download.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("application/octet-stream", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, panelUpdate.StatusCode);
        Assert.Empty(await host.QueryAsync(db => db.ActionUpdates.Where(u => u.ActionId == actionId)));
    }

    [Fact]
    public async Task EditMeeting_CorrectsTheDate_AndKeepsTheOldOneInTheAuditTrail()
    {
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);
        var title = $"Short governance {Guid.NewGuid():N}";
        var meeting = await analyst.AddMeetingAsync(Body.ShortGovernance, title, Day);
        var form = await (await analyst.GetAsync($"/accountability/meetings/{meeting}/edit", TestContext.Current.CancellationToken)).GetDocumentAsync();

        var response = await analyst.PostFormAsync($"/accountability/meetings/{meeting}/edit", new Dictionary<string, string>
        {
            ["TypeId"] = Body.ShortGovernance,
            ["Title"] = title,
            ["Theme"] = "",
            ["Date.Day"] = "28",
            ["Date.Month"] = "11",
            ["Date.Year"] = "2001",
            ["Attendees"] = "Chief Constable",
            ["RecordingUrl"] = "",
        });

        Assert.Equal("27", form.QuerySelector("#Date")?.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(new DateOnly(2001, 11, 28), (await host.QueryAsync(db => db.Meetings.Where(m => m.Id == meeting).Select(m => m.Date))).Single());
        var audit = await host.QueryAsync(db => db.AuditEntries.Where(a => a.EntityType == "Meeting" && a.EntityId == meeting.ToString() && a.Action == AuditAction.Updated));
        Assert.Contains("2001-11-27", Assert.Single(audit).Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddMeeting_WithoutATypeOrTitle_ShowsErrorsBesideTheFields()
    {
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);

        var response = await analyst.PostFormAsync("/accountability/meetings/new", new Dictionary<string, string>
        {
            ["TypeId"] = "",
            ["Title"] = "",
            ["Date.Day"] = "31",
            ["Date.Month"] = "2",
            ["Date.Year"] = "2001",
        });

        var document = await response.GetDocumentAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Error: Select the body holding the meeting", document.QuerySelector("#TypeId-error")?.TextContent.Trim());
        Assert.Equal("Error: Enter a title", document.QuerySelector("#Title-error")?.TextContent.Trim());
        Assert.Equal("Error: The date of the meeting must be a real date", document.QuerySelector("#Date-error")?.TextContent.Trim());
    }
}

public sealed class MeetingPagesTestsOnSqlite(SqliteHost host) : MeetingPagesTests(host);

public sealed class MeetingPagesTestsOnPostgres(PostgresHost host) : MeetingPagesTests(host);
