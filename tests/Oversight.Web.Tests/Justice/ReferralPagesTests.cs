using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Accounts;
using Oversight.Core.Audit;
using Oversight.Core.Data;
using Oversight.Core.Justice;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Justice;

/// Referrals here are dated in 2001 so that they stay out of any other test's year.
public abstract class ReferralPagesTests(HostFixture host)
{
    [Theory]
    [InlineData("34", "CommunityResolution", 7)]
    [InlineData("34", "Outcome22", 7)]
    [InlineData("19", "ConditionalCaution", 14)]
    public async Task Record_Adult_SetsTheHoursFromTheDisposal(string age, string disposal, int hours)
    {
        var staff = await host.ClientForRoleAsync(Roles.CustodyOfficer);
        var offence = "Criminal damage";

        var response = await staff.PostFormAsync("/justice/referrals/new", Form(age, disposal, offence, "Kirklees", "12:00"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = (await host.QueryAsync(db => db.JusticeReferrals.Where(r => r.District == "Kirklees" && r.Cohort == Cohort.Adult)))
            .Where(r => r.Disposal.ToString() == disposal).ToList();
        Assert.NotEmpty(saved);
        Assert.All(saved, r => Assert.Equal(hours, r.HoursRequired));
        Assert.All(saved, r => Assert.Equal("Probation Service", r.DeliveredBy));
    }

    [Fact]
    public async Task Record_Child_GoesToTheDistrictsYouthJusticeServiceWithNoFixedHours()
    {
        var staff = await host.ClientForRoleAsync(Roles.CustodyOfficer);

        var response = await staff.PostFormAsync("/justice/referrals/new", Form("15", "ConditionalCaution", "Anti-social behaviour", "Calderdale", "09:15"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await host.QueryAsync(db => db.JusticeReferrals.Where(r => r.District == "Calderdale" && r.Cohort == Cohort.Child));
        Assert.NotEmpty(saved);
        Assert.All(saved, r => Assert.Null(r.HoursRequired));
        Assert.All(saved, r => Assert.Equal("15-17", r.AgeBand));
        Assert.All(saved, r => Assert.Equal("Calderdale Youth Justice Service", r.DeliveredBy));
    }

    [Theory]
    [InlineData("11", "Age", "Age must be 12 or over")]
    [InlineData("", "Age", "Enter the person's age in whole years, like 16")]
    public async Task Record_WithAProblem_ShowsItBesideTheField(string age, string field, string message)
    {
        var staff = await host.ClientForRoleAsync(Roles.CustodyOfficer);

        var response = await staff.PostFormAsync("/justice/referrals/new", Form(age, "CommunityResolution", "Shop theft", "Leeds", "10:00"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Error: " + message, (await response.GetDocumentAsync()).QuerySelector($"#{field}-error")?.TextContent.Trim());
    }

    [Fact]
    public async Task Figures_CountAStartAt47HoursWithinTheAmbitionAndOneAt49HoursOutsideIt()
    {
        var staff = await host.ClientForRoleAsync(Roles.CustodyOfficer);
        foreach (var started in new[] { "09:00", "11:00" })
        {
            // Disposed on 1 June 2004 at 10:00; started on 3 June at 09:00 (47 hours) or 11:00 (49 hours).
            var form = Form("30", "CommunityResolution", "Public order", "Bradford", "10:00");
            (form["DisposedOn.Day"], form["DisposedOn.Month"], form["DisposedOn.Year"]) = ("1", "6", "2004");
            (form["StartedOn.Day"], form["StartedOn.Month"], form["StartedOn.Year"], form["StartedTime"]) = ("3", "6", "2004", started);
            Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync("/justice/referrals/new", form)).StatusCode);
        }

        var page = await (await staff.GetAsync("/justice?year=2004", TestContext.Current.CancellationToken)).GetDocumentAsync();

        var row = page.QuerySelectorAll("[data-testid=justice-figures] tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Started within 48 hours of the disposal");
        Assert.Equal("50%", row.QuerySelectorAll("td")[0].TextContent);
        Assert.Equal("2", page.QuerySelectorAll("[data-testid=justice-figures] tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Started").QuerySelectorAll("td")[0].TextContent);
    }

    [Fact]
    public async Task Update_RecordsTheStartHoursAndOutcome_AndIsAudited()
    {
        var staff = await host.ClientForRoleAsync(Roles.CustodyOfficer);
        var id = await ReferralAsync();

        var page = await staff.GetAsync($"/justice/referrals/{id}", TestContext.Current.CancellationToken);
        var response = await staff.PostFormAsync($"/justice/referrals/{id}", Progress("4", "10:30", "14", "NonCompliant"));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("No fixed hours", (await page.GetDocumentAsync()).QuerySelector("[data-testid=referral]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = (await host.QueryAsync(db => db.JusticeReferrals.Where(r => r.Id == id))).Single();
        Assert.Equal(new DateTimeOffset(2002, 3, 4, 10, 30, 0, TimeSpan.Zero), saved.StartedAt);
        Assert.Equal(14, saved.HoursCompleted);
        Assert.Equal(ReferralOutcome.NonCompliant, saved.Outcome);
        Assert.NotEmpty(await host.QueryAsync(db => db.AuditEntries.Where(a => a.Action == AuditAction.Updated && a.EntityType == nameof(JusticeReferral) && a.EntityId == id.ToString())));
        Assert.NotEmpty(await host.QueryAsync(db => db.AuditEntries.Where(a => a.Action == AuditAction.Viewed && a.EntityType == nameof(JusticeReferral) && a.EntityId == id.ToString())));
    }

    [Theory]
    [InlineData("1", "09:00", "0", "", "StartedOn", "Start date must be the same as or after the disposal date")]
    [InlineData("", "", "0", "Completed", "StartedOn", "Enter the date the work started")]
    [InlineData("4", "09:00", "101", "", "HoursCompleted", "Hours completed must be between 0 and 100")]
    [InlineData("4", "9.5", "0", "", "StartedTime", "Enter the time as hours and minutes, like 14:30")]
    public async Task Update_WithAProblem_ShowsItBesideTheFieldAndChangesNothing(string day, string time, string hours, string outcome, string field, string message)
    {
        var staff = await host.ClientForRoleAsync(Roles.CustodyOfficer);
        var id = await ReferralAsync();

        var response = await staff.PostFormAsync($"/justice/referrals/{id}", Progress(day, time, hours, outcome));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.GetDocumentAsync();
        Assert.Equal("Error: " + message, document.QuerySelector($"#{field}-error")?.TextContent.Trim());
        Assert.Contains(message, document.ErrorSummary(), StringComparison.Ordinal);
        var saved = (await host.QueryAsync(db => db.JusticeReferrals.Where(r => r.Id == id))).Single();
        Assert.Null(saved.StartedAt);
        Assert.Null(saved.Outcome);
    }

    [Fact]
    public async Task Update_WithAnOutcomeNoPageOffers_IsRefusedBesideTheFieldAndChangesNothing()
    {
        var staff = await host.ClientForRoleAsync(Roles.CustodyOfficer);
        var id = await ReferralAsync();

        var response = await staff.PostCraftedFormAsync($"/justice/referrals/{id}", Progress("4", "09:00", "1", "Bogus"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Error: Select one of the options shown", (await response.GetDocumentAsync()).QuerySelector("#Outcome-error")?.TextContent.Trim());
        var saved = (await host.QueryAsync(db => db.JusticeReferrals.Where(r => r.Id == id))).Single();
        Assert.Null(saved.StartedAt);
        Assert.Equal(0, saved.HoursCompleted);
    }

    [Fact]
    public async Task Record_WithAnOutcomeNoPageOffers_IsRefusedBesideTheFieldAndSavesNothing()
    {
        var staff = await host.ClientForRoleAsync(Roles.CustodyOfficer);
        var form = Form("34", "CommunityResolution", "Shop theft", "Leeds", "10:00");
        form["Outcome"] = "7";
        var before = (await host.QueryAsync(db => db.JusticeReferrals.Where(r => r.District == "Leeds" && r.OffenceType == "Shop theft").Select(r => r.Id))).Count;

        var response = await staff.PostCraftedFormAsync("/justice/referrals/new", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Error: Select one of the options shown", (await response.GetDocumentAsync()).QuerySelector("#Outcome-error")?.TextContent.Trim());
        Assert.Equal(before, (await host.QueryAsync(db => db.JusticeReferrals.Where(r => r.District == "Leeds" && r.OffenceType == "Shop theft").Select(r => r.Id))).Count);
    }

    [Fact]
    public async Task Update_OfAReferralThatDoesNotExist_IsNotFound()
    {
        var staff = await host.ClientForRoleAsync(Roles.CustodyOfficer);

        var response = await staff.PostCraftedFormAsync($"/justice/referrals/{Guid.NewGuid()}", Progress("4", "09:00", "1", ""));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// A child's referral disposed of at 10:00 UTC on 2 March 2002 (GMT, so the UK clock reads the same).
    private async Task<Guid> ReferralAsync()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OversightDbContext>();
        var referral = new JusticeReferral
        {
            Cohort = Cohort.Child,
            OffenceType = "Criminal damage",
            District = "Wakefield",
            AgeBand = "12-14",
            DeliveredBy = "Wakefield Youth Justice Service",
            DisposedAt = new DateTimeOffset(2002, 3, 2, 10, 0, 0, TimeSpan.Zero),
        };
        db.JusticeReferrals.Add(referral);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return referral.Id;
    }

    private static Dictionary<string, string> Progress(string day, string time, string hours, string outcome) => new()
    {
        ["StartedOn.Day"] = day,
        ["StartedOn.Month"] = day == "" ? "" : "3",
        ["StartedOn.Year"] = day == "" ? "" : "2002",
        ["StartedTime"] = time,
        ["HoursCompleted"] = hours,
        ["Outcome"] = outcome,
    };

    private static Dictionary<string, string> Form(string age, string disposal, string offence, string district, string time) => new()
    {
        ["Age"] = age,
        ["Sex"] = "Female",
        ["OffenceType"] = offence,
        ["District"] = district,
        ["Disposal"] = disposal,
        ["Activities"] = "unpaid-work",
        ["DisposedOn.Day"] = "5",
        ["DisposedOn.Month"] = "6",
        ["DisposedOn.Year"] = "2001",
        ["DisposedTime"] = time,
        ["StartedOn.Day"] = "6",
        ["StartedOn.Month"] = "6",
        ["StartedOn.Year"] = "2001",
        ["StartedTime"] = "09:00",
        ["HoursCompleted"] = "0",
        ["Victim"] = "consulted",
    };

    /// The page used to save a conference held on 1 January 0001 when the year did not read.
    [Fact]
    public async Task Conference_WithADateThatDoesNotRead_SavesNothing()
    {
        var staff = await host.ClientForRoleAsync(Roles.CustodyOfficer);
        var participants = $"Victim and offender {Guid.NewGuid():N}";

        var response = await staff.PostFormAsync("/justice/conferences/new", new Dictionary<string, string>
        {
            ["District"] = "Kirklees",
            ["HeldOn.Day"] = "4",
            ["HeldOn.Month"] = "5",
            ["HeldOn.Year"] = "abc",
            ["Participants"] = participants,
            ["AgreedReparation"] = "A letter of apology",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Year must include 4 numbers", (await response.GetDocumentAsync()).ErrorSummary(), StringComparison.Ordinal);
        Assert.Empty(await host.QueryAsync(db => db.CommunityConferences.Where(c => c.Participants == participants)));
    }
}

public sealed class ReferralPagesTestsOnSqlite(SqliteHost host) : ReferralPagesTests(host);

public sealed class ReferralPagesTestsOnPostgres(PostgresHost host) : ReferralPagesTests(host);
