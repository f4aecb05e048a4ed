using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Accounts;
using Oversight.Core.Audit;
using Oversight.Core.Custody.Visiting;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Custody;

public abstract class VisitReportTests(HostFixture host)
{
    [Fact]
    public async Task Submit_WithIssues_CoordinatorRecordsThePoliceResponseAndClosesThem()
    {
        // Arrange
        var pair = await host.PairAsync();
        var volunteer = await host.SignInAsync(pair.FirstEmail);
        var visitId = await volunteer.StartVisitAsync(pair);
        var coordinator = await host.SignedInClientAsync(Roles.CustodyOfficer);

        // Act
        var submitted = await volunteer.PostFormAsync($"/custody-visits/{visitId}", CustodyTestData.CompleteReport("submit"));
        var issueIds = (await host.QueryAsync(db => db.VisitIssues.Where(i => i.VisitId == visitId).OrderBy(i => i.Position).Select(i => i.Id))).ToList();
        var openList = await (await coordinator.GetAsync("/custody/issues?show=open", TestContext.Current.CancellationToken)).GetDocumentAsync();
        var today = CustodyTestData.Yesterday.AddDays(1);
        foreach (var id in issueIds)
        {
            var response = await coordinator.PostFormAsync($"/custody/issues/{id}", new Dictionary<string, string>
            {
                ["PoliceResponse"] = "Fixed the same day; the inspector has briefed staff",
                ["RespondedOn.Day"] = today.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["RespondedOn.Month"] = today.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["RespondedOn.Year"] = today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Close"] = "true",
            });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal(2, issueIds.Count);
        Assert.Contains("Cell 4 not cleaned between detainees", openList.QuerySelector("[data-testid=issues]")?.TextContent, StringComparison.Ordinal);
        var visit = (await host.QueryAsync(db => db.CustodyVisits.Include(v => v.Detainees).Include(v => v.Issues).Where(v => v.Id == visitId))).Single();
        Assert.Equal(VisitStatus.Submitted, visit.Status);
        Assert.Equal(3, visit.Detainees.Count);
        Assert.Equal(10, visit.AccessDelayMinutes);
        Assert.All(visit.Issues, i =>
        {
            Assert.Equal(IssueStatus.Closed, i.Status);
            Assert.Equal(today, i.RespondedOn);
            Assert.Equal("Fixed the same day; the inspector has briefed staff", i.PoliceResponse);
            Assert.Equal(today.AddDays(VisitIssue.DaysToRespond), i.DueBy);
        });
        var closedList = await (await coordinator.GetAsync("/custody/issues?show=closed", TestContext.Current.CancellationToken)).GetDocumentAsync();
        Assert.Contains("Microwave out of order", closedList.QuerySelector("[data-testid=issues]")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Volunteer_CannotSeeOrChangeAnotherPairsReport()
    {
        var pair = await host.PairAsync();
        var others = await host.PairAsync();
        var owner = await host.SignInAsync(pair.FirstEmail);
        var visitId = await owner.StartVisitAsync(pair);
        await owner.PostFormAsync($"/custody-visits/{visitId}", CustodyTestData.CompleteReport("save"));
        var outsider = await host.SignInAsync(others.FirstEmail);
        var partner = await host.SignInAsync(pair.SecondEmail);
        var token = (await (await outsider.GetAsync("/custody-visits/new", TestContext.Current.CancellationToken)).GetDocumentAsync())
            .QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var page = await outsider.GetAsync($"/custody-visits/{visitId}", TestContext.Current.CancellationToken);
        var list = await outsider.GetStringAsync("/custody-visits", TestContext.Current.CancellationToken);
        var change = await outsider.PostAsync($"/custody-visits/{visitId}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["action"] = "save",
            ["ArrivedAt"] = "01:00",
        }), TestContext.Current.CancellationToken);
        var partnerPage = await partner.GetAsync($"/custody-visits/{visitId}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.DoesNotContain(visitId.ToString(), list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, change.StatusCode);
        Assert.Equal(new TimeOnly(14, 5), (await host.QueryAsync(db => db.CustodyVisits.Where(v => v.Id == visitId).Select(v => v.ArrivedAt))).Single());
        Assert.Equal(HttpStatusCode.OK, partnerPage.StatusCode);
        Assert.Equal("WY-24-0001", (await partnerPage.GetDocumentAsync()).QuerySelector("#Detainees-0-CustodyNumber")?.GetAttribute("value"));
    }

    [Theory]
    [InlineData(VisitorStage.Appointed, false)]
    [InlineData(VisitorStage.Applied, true)]
    [InlineData(VisitorStage.Left, false)]
    public async Task Start_ByAVisitorWhoCannotVisit_IsRefusedAndSavesNothing(VisitorStage stage, bool active)
    {
        var pair = await host.PairAsync();
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Core.Data.OversightDbContext>();
            var me = await db.CustodyVisitors.SingleAsync(v => v.Id == pair.FirstId, TestContext.Current.CancellationToken);
            (me.Stage, me.Active) = (stage, active);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var volunteer = await host.SignInAsync(pair.FirstEmail);

        var response = await volunteer.PostFormAsync("/custody-visits/new", new Dictionary<string, string>
        {
            ["SuiteId"] = pair.SuiteId,
            ["PartnerId"] = pair.SecondId.ToString(),
            ["VisitDate.Day"] = CustodyTestData.Yesterday.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["VisitDate.Month"] = CustodyTestData.Yesterday.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["VisitDate.Year"] = CustodyTestData.Yesterday.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("You cannot report a visit until you are an active, appointed visitor", (await response.GetDocumentAsync()).ErrorSummary(), StringComparison.Ordinal);
        Assert.Empty(await host.QueryAsync(db => db.CustodyVisits.Where(v => v.FirstVisitorId == pair.FirstId)));
    }

    [Fact]
    public async Task Submit_Incomplete_ShowsErrorsKeepsWhatWasTypedAndSavesNothing()
    {
        var pair = await host.PairAsync();
        var volunteer = await host.SignInAsync(pair.FirstEmail);
        var visitId = await volunteer.StartVisitAsync(pair);
        var form = CustodyTestData.CompleteReport("submit");
        form.Remove("AuthorisingInspector");
        form.Remove("Issues[1].RaisedWith");
        form["DepartedAt"] = "13:00";

        var response = await volunteer.PostFormAsync($"/custody-visits/{visitId}", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.GetDocumentAsync();
        var summary = document.ErrorSummary();
        Assert.Contains("Enter the inspector who authorised the delay", summary, StringComparison.Ordinal);
        Assert.Contains("Enter whom you raised issue 2 with", summary, StringComparison.Ordinal);
        Assert.Contains("The time you left must be after the time you arrived", summary, StringComparison.Ordinal);
        Assert.Equal("Microwave out of order, no hot meals", document.QuerySelector("#Issues-1-Description")?.TextContent);
        Assert.Equal("WY-24-0003", document.QuerySelector("#Detainees-2-CustodyNumber")?.GetAttribute("value"));
        var saved = (await host.QueryAsync(db => db.CustodyVisits.Where(v => v.Id == visitId))).Single();
        Assert.Equal(VisitStatus.Draft, saved.Status);
        Assert.Null(saved.ArrivedAt);
    }

    [Fact]
    public async Task Draft_SuggestsChildrenThenVulnerableThenWomenThenLongestHeld()
    {
        var pair = await host.PairAsync();
        var volunteer = await host.SignInAsync(pair.FirstEmail);
        var visitId = await volunteer.StartVisitAsync(pair);
        var form = new Dictionary<string, string>
        {
            ["action"] = "save",
            ["Detainees[0].CustodyNumber"] = "A-long",
            ["Detainees[0].HoursHeld"] = "30",
            ["Detainees[1].CustodyNumber"] = "B-woman",
            ["Detainees[1].Woman"] = "true",
            ["Detainees[1].HoursHeld"] = "2",
            ["Detainees[2].CustodyNumber"] = "C-child",
            ["Detainees[2].Child"] = "true",
            ["Detainees[2].HoursHeld"] = "1",
            ["Detainees[3].CustodyNumber"] = "D-vulnerable",
            ["Detainees[3].Vulnerable"] = "true",
            ["Detainees[3].HoursHeld"] = "4",
            ["Detainees[4].CustodyNumber"] = "E-short",
            ["Detainees[4].HoursHeld"] = "3",
        };

        await volunteer.PostFormAsync($"/custody-visits/{visitId}", form);
        var page = await (await volunteer.GetAsync($"/custody-visits/{visitId}", TestContext.Current.CancellationToken)).GetDocumentAsync();

        var order = page.QuerySelectorAll("[data-testid=suggested-order] li").Select(li => li.TextContent.Split(' ')[0]).ToList();
        Assert.Equal(["C-child", "D-vulnerable", "B-woman", "A-long", "E-short"], order);
    }

    [Fact]
    public async Task ShowOrder_BeforeAnySave_ListsWhoToSpeakToFirstAndSavesNothing()
    {
        var pair = await host.PairAsync();
        var volunteer = await host.SignInAsync(pair.FirstEmail);
        var visitId = await volunteer.StartVisitAsync(pair);
        var form = new Dictionary<string, string>
        {
            ["action"] = "order",
            ["Detainees[0].CustodyNumber"] = "A-long",
            ["Detainees[0].HoursHeld"] = "30",
            ["Detainees[1].CustodyNumber"] = "B-woman",
            ["Detainees[1].Woman"] = "true",
            ["Detainees[2].CustodyNumber"] = "C-child",
            ["Detainees[2].Child"] = "true",
        };

        var response = await volunteer.PostFormAsync($"/custody-visits/{visitId}", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.GetDocumentAsync();
        var order = page.QuerySelectorAll("[data-testid=suggested-order] li").Select(li => li.TextContent.Split(' ')[0]).ToList();
        Assert.Equal(["C-child", "B-woman", "A-long"], order);
        Assert.Equal("A-long", page.QuerySelector("#Detainees-0-CustodyNumber")?.GetAttribute("value"));
        Assert.Empty(await host.QueryAsync(db => db.VisitDetainees.Where(d => d.VisitId == visitId)));
    }

    [Fact]
    public async Task Checks_OfferNotApplicableOnlyWhereSomeoneMayNotNeedIt_AndKeepIt()
    {
        var pair = await host.PairAsync();
        var volunteer = await host.SignInAsync(pair.FirstEmail);
        var visitId = await volunteer.StartVisitAsync(pair);
        var start = await (await volunteer.GetAsync("/custody-visits/new", TestContext.Current.CancellationToken)).GetDocumentAsync();
        var form = new Dictionary<string, string>
        {
            ["action"] = "save",
            ["Checks[interpreter]"] = "NotNeeded",
            ["Checks[meals]"] = "NotNeeded",
            ["Checks[female-officer]"] = "Yes",
        };

        await volunteer.PostFormAsync($"/custody-visits/{visitId}", form);
        var page = await (await volunteer.GetAsync($"/custody-visits/{visitId}", TestContext.Current.CancellationToken)).GetDocumentAsync();

        var today = Oversight.Domain.UkTime.Today(TimeProvider.System);
        Assert.Equal(today.Day.ToString(System.Globalization.CultureInfo.InvariantCulture), start.QuerySelector("#VisitDate-Day, [name='VisitDate.Day']")?.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("input[name='Checks[appropriate-adult]'][value=NotNeeded]"));
        Assert.NotNull(page.QuerySelector("input[name='Checks[female-officer]'][value=NotNeeded]"));
        Assert.Null(page.QuerySelector("input[name='Checks[meals]'][value=NotNeeded]"));
        Assert.True(page.QuerySelector("input[name='Checks[interpreter]'][value=NotNeeded]")?.HasAttribute("checked"));
        var checks = await host.QueryAsync(db => db.CustodyVisits.Where(v => v.Id == visitId).SelectMany(v => v.Checks));
        Assert.Equal([("female-officer", CheckAnswer.Yes), ("interpreter", CheckAnswer.NotNeeded)], checks.OrderBy(c => c.Point).Select(c => (c.Point, c.Answer)));
    }

    [Fact]
    public async Task Coordinator_ReadingAReport_IsAuditedAndSeesNoForm()
    {
        var pair = await host.PairAsync();
        var volunteer = await host.SignInAsync(pair.FirstEmail);
        var visitId = await volunteer.StartVisitAsync(pair);
        await volunteer.PostFormAsync($"/custody-visits/{visitId}", CustodyTestData.CompleteReport("submit"));
        var coordinator = await host.SignedInClientAsync(Roles.CustodyOfficer);

        var page = await (await coordinator.GetAsync($"/custody-visits/{visitId}", TestContext.Current.CancellationToken)).GetDocumentAsync();

        Assert.Null(page.QuerySelector("[data-testid=visit-form]"));
        Assert.Contains("WY-24-0002", page.QuerySelector("[data-testid=detainees]")?.TextContent, StringComparison.Ordinal);
        var views = await host.QueryAsync(db => db.AuditEntries.Where(a => a.EntityType == nameof(CustodyVisit) && a.EntityId == visitId.ToString() && a.Action == AuditAction.Viewed));
        Assert.Contains(views, v => v.ActorName.StartsWith("custodyofficer-", StringComparison.Ordinal));
    }
}

public sealed class VisitReportTestsOnSqlite(SqliteHost host) : VisitReportTests(host);

public sealed class VisitReportTestsOnPostgres(PostgresHost host) : VisitReportTests(host);
