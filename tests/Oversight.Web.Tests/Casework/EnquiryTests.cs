using System.Net;
using Oversight.Core.Accounts;
using Oversight.Core.Audit;
using Oversight.Core.Casework;
using Oversight.Core.Casework.Enquiries;
using Oversight.TestCommon;
using static Oversight.Web.Tests.Casework.CaseworkClient;

namespace Oversight.Web.Tests.Casework;

/// Enquiries on a clock fixed at Wednesday 23 December 2026, the day before the Christmas bank holidays.
public abstract class EnquiryTests(ClockHost host)
{
    private static readonly DateOnly Today = new(2026, 12, 23);

    private async Task<(HttpClient Client, string Email)> OfficerAsync()
    {
        var email = await host.CreateUserAsync(Roles.CaseworkOfficer);
        return (await host.SignInOnAsync(email, Today), email);
    }

    private static Dictionary<string, string> PublicForm(string name, string message) => new()
    {
        ["Name"] = name,
        ["Email"] = "member@example.test",
        ["Phone"] = "",
        ["Category"] = "Traffic and roads",
        ["District"] = "Kirklees",
        ["Message"] = message,
    };

    [Fact]
    public async Task PublicForm_Submitted_ShowsOnlyTheReferenceAndTheOfficerPicksItUp()
    {
        await host.SignInOnAsync(await host.CreateUserAsync(Roles.CaseworkOfficer), Today);
        var (officer, email) = await OfficerAsync();
        var member = host.Factory.CreateBrowserlessClient();

        var sent = await member.PostFormAsync("/contact", PublicForm("Morgan Public", "Speeding on the A62 every night."));

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var confirmation = await sent.GetDocumentAsync();
        var reference = confirmation.Text("reference");
        Assert.Matches("^ENQ-2026-[0-9A-F]{10}$", reference);
        var html = confirmation.DocumentElement.OuterHtml;
        Assert.DoesNotContain("Morgan Public", html, StringComparison.Ordinal);
        Assert.DoesNotContain("A62", html, StringComparison.Ordinal);
        Assert.DoesNotContain("member@example.test", html, StringComparison.Ordinal);

        var enquiry = (await host.QueryAsync(db => db.Enquiries.Where(e => e.Reference == reference))).Single();
        // Ten working days from 23 December 2026 skip Christmas Day, the substitute Boxing Day (28th) and New Year's Day.
        Assert.Equal((ContactChannel.WebForm, new DateOnly(2027, 1, 11), EnquiryStatus.New), (enquiry.Channel, enquiry.DueOn, enquiry.Status));
        var unassigned = await officer.PageAsync("/casework/enquiries?queue=unassigned&q=" + reference);
        Assert.Contains(reference, unassigned.Text("enquiries"), StringComparison.Ordinal);

        var assigned = await officer.PostFormAsync($"/casework/enquiries/{enquiry.Id}?handler=AssignToMe", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        var file = await officer.PageAsync($"/casework/enquiries/{enquiry.Id}");
        Assert.Equal("Test CaseworkOfficer", file.Text("officer"));
        Assert.Contains("Speeding on the A62 every night.", file.Text("log"), StringComparison.Ordinal);
        Assert.Contains(reference, (await officer.PageAsync("/casework/enquiries?queue=mine&q=" + reference)).Text("enquiries"), StringComparison.Ordinal);
        Assert.DoesNotContain(reference, (await officer.PageAsync("/casework/enquiries?queue=unassigned&q=" + reference)).Text("enquiries"), StringComparison.Ordinal);
        Assert.NotEmpty(email);
    }

    [Theory]
    [InlineData("Name", "", "Enter your name")]
    [InlineData("Email", "", "Enter an email address or a phone number so we can reply")]
    [InlineData("Category", "Parking fines", "Select what it is about")]
    [InlineData("Message", "", "Enter your message")]
    public async Task PublicForm_MissingField_ShowsTheErrorAndRecordsNothing(string field, string value, string message)
    {
        var member = host.Factory.CreateBrowserlessClient();
        var name = $"Nobody {Guid.NewGuid():N}";

        var response = await member.PostFormAsync("/contact", PublicForm(name, "Message").With(new() { [field] = value }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, (await response.GetDocumentAsync()).ErrorSummary(), StringComparison.Ordinal);
        Assert.Empty(await host.QueryAsync(db => db.CasePeople.Where(p => p.Name == name)));
    }

    [Fact]
    public async Task PublicForm_WithoutTheAntiforgeryToken_IsRefused()
    {
        var member = host.Factory.CreateBrowserlessClient();

        var response = await member.PostAsync("/contact", new FormUrlEncodedContent(PublicForm("Forged", "x")), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Queues_DueSoonAndOverdue_HoldTheRightEnquiries()
    {
        var (officer, _) = await OfficerAsync();
        var overdue = await RecordAsync(officer, new DateOnly(2026, 12, 1)); // due 15 December
        var soon = await RecordAsync(officer, new DateOnly(2026, 12, 14)); // due 30 December, 3 working days away
        var later = await RecordAsync(officer, new DateOnly(2026, 12, 21)); // due 7 January

        // Searched by the caller's name, since the queues are paged and other tests' enquiries share them.
        var overdueQueue = (await officer.PageAsync("/casework/enquiries?queue=overdue&q=Casey+Caller")).Text("enquiries");
        var soonQueue = (await officer.PageAsync("/casework/enquiries?queue=due-soon&q=Casey+Caller")).Text("enquiries");

        Assert.Contains(overdue, overdueQueue, StringComparison.Ordinal);
        Assert.DoesNotContain(soon, overdueQueue, StringComparison.Ordinal);
        Assert.Contains(soon, soonQueue, StringComparison.Ordinal);
        Assert.DoesNotContain(later, soonQueue, StringComparison.Ordinal);
        Assert.DoesNotContain(overdue, soonQueue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Correspondence_WithAttachmentThenClosed_KeepsTheFileAndLeavesTheQueues()
    {
        var (officer, _) = await OfficerAsync();
        var reference = await RecordAsync(officer, Today);
        var id = (await host.QueryAsync(db => db.Enquiries.Where(e => e.Reference == reference).Select(e => e.Id))).Single();
        var url = $"/casework/enquiries/{id}";

        var reply = await officer.PostFilesAsync(url + "?handler=Entry", new Dictionary<string, string> { ["Kind"] = "Sent", ["Text"] = "We have asked the district commander." }, ("Attachment", WriteFile("reply.txt", "letter text")));
        var closed = await officer.PostFormAsync(url + "/close", new Dictionary<string, string> { ["Reason"] = "Answered" });

        Assert.Equal(HttpStatusCode.Redirect, reply.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        var file = await officer.PageAsync(url);
        Assert.Contains("We have asked the district commander.", file.Text("log"), StringComparison.Ordinal);
        Assert.Equal("Closed", file.Text("status"));
        var link = file.QuerySelector("[data-testid=log] a")!.GetAttribute("href")!;
        var download = await officer.GetAsync(link, TestContext.Current.CancellationToken);
        Assert.Equal("application/octet-stream", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("letter text", await download.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var enquiry = (await host.QueryAsync(db => db.Enquiries.Where(e => e.Id == id))).Single();
        Assert.Equal((Today, Today, "Answered"), (enquiry.RespondedOn!.Value, enquiry.ClosedOn!.Value, enquiry.ClosureReason!));
        Assert.DoesNotContain(reference, (await officer.PageAsync("/casework/enquiries?queue=all")).QuerySelector("[data-testid=enquiries]")?.TextContent ?? "", StringComparison.Ordinal);
        var views = await host.QueryAsync(db => db.AuditEntries.Where(a => a.Action == AuditAction.Viewed && (a.EntityId == id.ToString() || a.EntityType == nameof(EnquiryEntry))));
        Assert.Contains(views, v => v.EntityType == nameof(Enquiry));
        Assert.Contains(views, v => v.EntityType == nameof(EnquiryEntry));
    }

    [Fact]
    public async Task EntryOrStatus_NoPageOffers_IsRefusedBesideTheFieldAndSavesNothing()
    {
        var (officer, _) = await OfficerAsync();
        var reference = await RecordAsync(officer, Today);
        var id = (await host.QueryAsync(db => db.Enquiries.Where(e => e.Reference == reference).Select(e => e.Id))).Single();
        var url = $"/casework/enquiries/{id}";
        var text = $"Crafted entry {Guid.NewGuid():N}";
        var status = (await host.QueryAsync(db => db.Enquiries.Where(e => e.Id == id).Select(e => e.Status))).Single();

        var entry = await officer.PostCraftedFormAsync(url + "?handler=Entry", new Dictionary<string, string> { ["Kind"] = "Bogus", ["Text"] = text });
        var update = await officer.PostCraftedFormAsync(url + "?handler=Update", new Dictionary<string, string>
        {
            ["Category"] = "Anti-social behaviour",
            ["District"] = "Leeds",
            ["ForceReference"] = "",
            ["Status"] = "Bogus",
        });

        Assert.Equal(HttpStatusCode.OK, entry.StatusCode);
        Assert.Equal("Error: Select one of the options shown", (await entry.GetDocumentAsync()).QuerySelector("#Kind-error")?.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        Assert.Equal("Error: Select one of the options shown", (await update.GetDocumentAsync()).QuerySelector("#Status-error")?.TextContent.Trim());
        Assert.Empty(await host.QueryAsync(db => db.EnquiryEntries.Where(e => e.EnquiryId == id && e.Text == text)));
        Assert.Equal(status, (await host.QueryAsync(db => db.Enquiries.Where(e => e.Id == id).Select(e => e.Status))).Single());
    }

    [Theory]
    [InlineData(Roles.Analyst)]
    [InlineData(Roles.Leadership)]
    [InlineData(Roles.PartnerUser)]
    [InlineData(Roles.CustodyOfficer)]
    [InlineData(Roles.Applicant)]
    public async Task Get_EnquiryAsAnotherRole_IsDeniedIncludingItsAttachment(string role)
    {
        var (officer, _) = await OfficerAsync();
        var reference = await RecordAsync(officer, Today);
        var id = (await host.QueryAsync(db => db.Enquiries.Where(e => e.Reference == reference).Select(e => e.Id))).Single();
        await officer.PostFilesAsync($"/casework/enquiries/{id}?handler=Entry", new Dictionary<string, string> { ["Kind"] = "Note", ["Text"] = "" }, ("Attachment", WriteFile("note.txt", "x")));
        var entryId = (await host.QueryAsync(db => db.EnquiryEntries.Where(e => e.EnquiryId == id && e.AttachmentName != null).Select(e => e.Id))).Single();
        var other = await host.SignInOnAsync(await host.CreateUserAsync(role, role == Roles.PartnerUser ? "leeds-city-council" : "mayors-office"), Today);

        foreach (var url in new[] { $"/casework/enquiries/{id}", $"/casework/enquiries/{id}/attachments/{entryId}", "/casework/enquiries?queue=all" })
        {
            var response = await other.GetAsync(url, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("http://localhost/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }

    private static async Task<string> RecordAsync(HttpClient officer, DateOnly received)
    {
        var response = await officer.PostFormAsync("/casework/enquiries/new", new Dictionary<string, string>
        {
            ["Channel"] = "Phone",
            ["Name"] = "Casey Caller",
            ["Email"] = "",
            ["Phone"] = "01632 960 001",
            ["Category"] = "Anti-social behaviour",
            ["District"] = "Leeds",
            ["Message"] = "Noise from the park.",
            ["ForceReference"] = "",
        }.With(Date("ReceivedOn", received)));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (await officer.PageAsync(response.Headers.Location!.ToString())).QuerySelector("h1")!.TextContent.Trim();
    }

    private static string WriteFile(string name, string content)
    {
        var folder = Directory.CreateTempSubdirectory("oversight-casework-");
        var path = Path.Combine(folder.FullName, name);
        File.WriteAllText(path, content);
        return path;
    }
}

public sealed class EnquiryTestsOnSqlite(SqliteClockHost host) : EnquiryTests(host), IClassFixture<SqliteClockHost>;

public sealed class EnquiryTestsOnPostgres(PostgresClockHost host) : EnquiryTests(host), IClassFixture<PostgresClockHost>;

/// The public form's rate limit, on a host of its own so that using up the allowance upsets no other test.
public sealed class PublicFormRateLimitTests(PublicFormRateLimitTests.LimitedHost host) : IClassFixture<PublicFormRateLimitTests.LimitedHost>
{
    [Fact]
    public async Task PublicForm_PostsBeyondTheHourlyAllowance_AreRefusedWith429()
    {
        var member = host.Factory.CreateBrowserlessClient();
        var form = new Dictionary<string, string>
        {
            ["Name"] = "Rate Tester",
            ["Email"] = "rate@example.test",
            ["Category"] = "Other",
            ["Message"] = "Hello",
        };

        var first = await member.PostFormAsync("/contact", form);
        var second = await member.PostFormAsync("/contact", form);
        var third = await member.PostFormAsync("/contact", form);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], new[] { first.StatusCode, second.StatusCode, third.StatusCode });
    }

    public sealed class LimitedHost() : HostFixture(Oversight.Core.Data.DatabaseProvider.Sqlite)
    {
        protected override IReadOnlyDictionary<string, string?>? Settings => new Dictionary<string, string?> { ["Casework:PublicFormPostsPerHour"] = "2" };
    }
}
