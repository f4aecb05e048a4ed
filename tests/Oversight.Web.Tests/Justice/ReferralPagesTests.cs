using System.Net;
using Oversight.Core.Accounts;
using Oversight.Core.Justice;
using Oversight.TestCommon;
using Oversight.Web.Tests.Performance;

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
    [InlineData("11", "Age", "Immediate Justice is for people aged 12 and over; enter an age from 12 to 120")]
    [InlineData("", "Age", "Enter the person's age in whole years, like 16")]
    public async Task Record_WithAProblem_ShowsItBesideTheField(string age, string field, string message)
    {
        var staff = await host.ClientForRoleAsync(Roles.CustodyOfficer);

        var response = await staff.PostFormAsync("/justice/referrals/new", Form(age, "CommunityResolution", "Shop theft", "Leeds", "10:00"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Error: " + message, (await response.GetDocumentAsync()).QuerySelector($"#{field}-error")?.TextContent.Trim());
    }

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
}

public sealed class ReferralPagesTestsOnSqlite(SqliteHost host) : ReferralPagesTests(host);

public sealed class ReferralPagesTestsOnPostgres(PostgresHost host) : ReferralPagesTests(host);
