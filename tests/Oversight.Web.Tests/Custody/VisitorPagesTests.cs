using System.Net;
using Oversight.Core.Accounts;
using Oversight.Core.Custody.Visiting;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Custody;

public abstract class VisitorPagesTests(HostFixture host)
{
    [Theory]
    [InlineData("officer")]
    [InlineData("special")]
    [InlineData("staff")]
    public async Task Apply_WithALinkToPolicing_IsRefusedAndNothingSaved(string link)
    {
        var coordinator = await host.ClientForRoleAsync(Roles.CustodyOfficer);
        var name = $"Applicant {Guid.NewGuid():N}";

        var response = await coordinator.PostFormAsync("/custody/visitors/new", Application(name, "40", link));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            "Error: A serving police officer, special constable or member of police staff cannot be an independent custody visitor",
            (await response.GetDocumentAsync()).QuerySelector("#Links-error")?.TextContent.Trim());
        Assert.Empty(await host.QueryAsync(db => db.CustodyVisitors.Where(v => v.Name == name)));
    }

    /// The page used to save a visitor applied on 1 January 0001 when the year did not read, once per post.
    [Fact]
    public async Task Apply_WithADateThatDoesNotRead_ShowsTheErrorAndSavesNothing()
    {
        var coordinator = await host.ClientForRoleAsync(Roles.CustodyOfficer);
        var name = $"Applicant {Guid.NewGuid():N}";
        var form = Application(name, "34", null);
        form["AppliedOn.Year"] = "abc";

        var first = await coordinator.PostFormAsync("/custody/visitors/new", form);
        await coordinator.PostFormAsync("/custody/visitors/new", form);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("Year must include 4 numbers", (await first.GetDocumentAsync()).ErrorSummary(), StringComparison.Ordinal);
        Assert.Empty(await host.QueryAsync(db => db.CustodyVisitors.Where(v => v.Name == name)));
    }

    [Fact]
    public async Task Apply_Under18_ShowsTheAgeErrorBesideTheAge()
    {
        var coordinator = await host.ClientForRoleAsync(Roles.CustodyOfficer);
        var name = $"Applicant {Guid.NewGuid():N}";

        var response = await coordinator.PostFormAsync("/custody/visitors/new", Application(name, "17", null));

        Assert.Equal("Error: An independent custody visitor must be 18 or over", (await response.GetDocumentAsync()).QuerySelector("#Age-error")?.TextContent.Trim());
        Assert.Empty(await host.QueryAsync(db => db.CustodyVisitors.Where(v => v.Name == name)));
    }

    [Fact]
    public async Task Expense_WithADateThatDoesNotRead_SavesNothing()
    {
        var coordinator = await host.ClientForRoleAsync(Roles.CustodyOfficer);
        var name = $"Applicant {Guid.NewGuid():N}";
        var url = (await coordinator.PostFormAsync("/custody/visitors/new", Application(name, "50", null))).Headers.Location!.ToString();

        var response = await coordinator.PostFormAsync(url + "?handler=Expense", new Dictionary<string, string>
        {
            ["ExpenseDate.Day"] = "3",
            ["ExpenseDate.Month"] = "3",
            ["ExpenseDate.Year"] = "abc",
            ["ExpenseDescription"] = "Mileage",
            ["ExpenseAmount"] = "10.80",
        }, from: url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Year must include 4 numbers", (await response.GetDocumentAsync()).ErrorSummary(), StringComparison.Ordinal);
        var visitorId = Guid.Parse(url.Split('/')[^1]);
        Assert.Empty(await host.QueryAsync(db => db.VisitorExpenses.Where(e => e.VisitorId == visitorId)));
    }

    [Fact]
    public async Task Apply_Independent_ThenProbationNeedsInterviewVettingAndReferences()
    {
        var coordinator = await host.ClientForRoleAsync(Roles.CustodyOfficer);
        var name = $"Applicant {Guid.NewGuid():N}";
        var volunteer = await host.CreateUserAsync(Roles.Volunteer);

        var applied = await coordinator.PostFormAsync("/custody/visitors/new", Application(name, "34", null));
        var url = applied.Headers.Location!.ToString();
        var tooSoon = await coordinator.PostFormAsync(url, Progress("Probation", interviewed: false, volunteer));
        var ready = await coordinator.PostFormAsync(url, Progress("Probation", interviewed: true, volunteer));

        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        Assert.Contains("cannot start probation until interviewed, vetted and with references received", (await tooSoon.GetDocumentAsync()).ErrorSummary(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, ready.StatusCode);
        var visitor = (await host.QueryAsync(db => db.CustodyVisitors.Where(v => v.Name == name))).Single();
        Assert.Equal(VisitorStage.Probation, visitor.Stage);
        Assert.True(visitor.CanVisit);
        Assert.Equal(new DateOnly(2028, 1, 31), visitor.TermEnds);
        Assert.NotNull(visitor.UserId);
    }

    [Fact]
    public async Task Appoint_NeedsInitialTrainingAndAProbationThatHasEnded()
    {
        var coordinator = await host.ClientForRoleAsync(Roles.CustodyOfficer);
        var name = $"Applicant {Guid.NewGuid():N}";
        var volunteer = await host.CreateUserAsync(Roles.Volunteer);
        var url = (await coordinator.PostFormAsync("/custody/visitors/new", Application(name, "41", null))).Headers.Location!.ToString();
        var untrained = Progress("Appointed", interviewed: true, volunteer);
        var stillOnProbation = Progress("Appointed", interviewed: true, volunteer);
        var nextYear = CustodyTestData.Yesterday.AddYears(1);
        stillOnProbation["TrainingCompletedOn.Day"] = "1";
        stillOnProbation["TrainingCompletedOn.Month"] = "11";
        stillOnProbation["TrainingCompletedOn.Year"] = "2024";
        stillOnProbation["ProbationEndsOn.Day"] = nextYear.Day.ToString(System.Globalization.CultureInfo.InvariantCulture);
        stillOnProbation["ProbationEndsOn.Month"] = nextYear.Month.ToString(System.Globalization.CultureInfo.InvariantCulture);
        stillOnProbation["ProbationEndsOn.Year"] = nextYear.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var ready = new Dictionary<string, string>(stillOnProbation) { ["ProbationEndsOn.Day"] = "1", ["ProbationEndsOn.Month"] = "2", ["ProbationEndsOn.Year"] = "2025" };

        var refused = await coordinator.PostFormAsync(url, untrained);
        var early = await coordinator.PostFormAsync(url, stillOnProbation);
        var appointed = await coordinator.PostFormAsync(url, ready);

        const string Message = "A visitor cannot be appointed until their initial training is recorded and their probation has ended";
        Assert.Contains(Message, (await refused.GetDocumentAsync()).ErrorSummary(), StringComparison.Ordinal);
        Assert.Contains(Message, (await early.GetDocumentAsync()).ErrorSummary(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, appointed.StatusCode);
        Assert.Equal(VisitorStage.Appointed, (await host.QueryAsync(db => db.CustodyVisitors.Where(v => v.Name == name).Select(v => v.Stage))).Single());
    }

    [Fact]
    public async Task Expense_IsAddedAndListed()
    {
        var coordinator = await host.ClientForRoleAsync(Roles.CustodyOfficer);
        var name = $"Applicant {Guid.NewGuid():N}";
        var url = (await coordinator.PostFormAsync("/custody/visitors/new", Application(name, "50", null))).Headers.Location!.ToString();

        var response = await coordinator.PostFormAsync(url + "?handler=Expense", new Dictionary<string, string>
        {
            ["ExpenseDate.Day"] = "3",
            ["ExpenseDate.Month"] = "3",
            ["ExpenseDate.Year"] = "2025",
            ["ExpenseDescription"] = "Mileage to Elland Road, 24 miles",
            ["ExpenseAmount"] = "10.80",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await (await coordinator.GetAsync(url, TestContext.Current.CancellationToken)).GetDocumentAsync();
        Assert.Contains("£10.80", page.QuerySelector("[data-testid=expenses]")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rota_PlansTheMonthWithEverySuiteAtItsTarget()
    {
        await host.PairAsync();
        var coordinator = await host.ClientForRoleAsync(Roles.CustodyOfficer);

        var response = await coordinator.PostFormAsync("/custody/rota?month=2030-06", new Dictionary<string, string> { ["Month"] = "2030-06" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var coverage = await (await coordinator.GetAsync("/custody/rota?month=2030-06", TestContext.Current.CancellationToken)).GetDocumentAsync();
        var rows = coverage.QuerySelectorAll("[data-testid=coverage] tbody tr").ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(r.QuerySelectorAll("td")[0].TextContent, r.QuerySelectorAll("td")[1].TextContent));
        var entries = await host.QueryAsync(db => db.RotaEntries.Where(e => e.Day >= new DateOnly(2030, 6, 1) && e.Day < new DateOnly(2030, 7, 1)));
        Assert.All(entries, e => Assert.NotEqual(e.FirstVisitorId, e.SecondVisitorId));
    }

    private static Dictionary<string, string> Application(string name, string age, string? link)
    {
        var form = new Dictionary<string, string>
        {
            ["Name"] = name,
            ["Age"] = age,
            ["AppliedOn.Day"] = "2",
            ["AppliedOn.Month"] = "9",
            ["AppliedOn.Year"] = "2024",
        };
        if (link is not null)
        {
            form["Links"] = link;
        }

        return form;
    }

    private static Dictionary<string, string> Progress(string stage, bool interviewed, string email)
    {
        var form = new Dictionary<string, string>
        {
            ["Stage"] = stage,
            ["Active"] = "true",
            ["AccountEmail"] = email,
            ["TermStarts.Day"] = "1",
            ["TermStarts.Month"] = "2",
            ["TermStarts.Year"] = "2025",
        };
        if (interviewed)
        {
            foreach (var field in new[] { "InterviewedOn", "VettingClearedOn" })
            {
                form[field + ".Day"] = "10";
                form[field + ".Month"] = "10";
                form[field + ".Year"] = "2024";
            }

            form["ReferencesReceived"] = "true";
        }

        return form;
    }
}

public sealed class VisitorPagesTestsOnSqlite(SqliteHost host) : VisitorPagesTests(host);

public sealed class VisitorPagesTestsOnPostgres(PostgresHost host) : VisitorPagesTests(host);
