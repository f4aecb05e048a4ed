using System.Net;
using Oversight.Core.Accounts;
using Oversight.Core.Audit;
using Oversight.Core.Custody.Scrutiny;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Custody;

/// Child remand cases and strip searches recorded through the forms, in 2006/07, a year no other test uses.
public abstract class ScrutinyFormsTests(HostFixture host)
{
    [Fact]
    public async Task RemandForm_FlagsAChargeAfter2300UkTime_InBritishSummerTime()
    {
        var number = $"RF-{Guid.NewGuid():N}"[..16];
        var staff = await host.ClientForRoleAsync(Roles.CustodyOfficer);

        // 23:20 on 10 July is 22:20 UTC: the flag must follow UK time, not UTC.
        var response = await staff.PostFormAsync("/custody/remand/new", Remand(number, "23:20", "None"));
        var page = await (await staff.GetAsync(response.Headers.Location!.ToString(), TestContext.Current.CancellationToken)).GetDocumentAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/custody/remand?year=2006&late=true", response.Headers.Location!.ToString());
        Assert.NotNull(page.QuerySelector("[data-testid=late-banner]"));
        var row = Assert.Single(page.QuerySelectorAll("[data-testid=remand-cases] tbody tr"), r => r.TextContent.Contains(number, StringComparison.Ordinal));
        Assert.NotNull(row.QuerySelector("[data-testid=charged-late]"));
        Assert.Contains("10.7", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Mixed", page.QuerySelector("[data-testid=remand-cases]")!.TextContent, StringComparison.Ordinal);
        var saved = (await host.QueryAsync(db => db.ChildRemandCases.Where(c => c.CustodyNumber == number))).Single();
        Assert.Equal(new DateTimeOffset(2006, 7, 10, 22, 20, 0, TimeSpan.Zero), saved.ChargedAt);
        Assert.Equal(RemandAccommodation.None, saved.Accommodation);
        Assert.True(saved.CertificateProduced);
        Assert.Equal("Mixed", saved.Ethnicity);
    }

    [Fact]
    public async Task RemandForm_ChargeBefore2300_IsNotFlagged()
    {
        var number = $"RE-{Guid.NewGuid():N}"[..16];
        var staff = await host.ClientForRoleAsync(Roles.CustodyOfficer);

        var response = await staff.PostFormAsync("/custody/remand/new", Remand(number, "22:59", "Foster"));

        Assert.Equal("/custody/remand?year=2006", response.Headers.Location!.ToString());
        Assert.False((await host.QueryAsync(db => db.ChildRemandCases.Where(c => c.CustodyNumber == number))).Single().ChargedLate);
    }

    [Fact]
    public async Task RemandForm_ShowsGovukErrors_AndSavesNothing()
    {
        var staff = await host.ClientForRoleAsync(Roles.CustodyOfficer);
        var form = Remand("RX-bad", "25:00", "None");
        form.Remove("NoAccommodationReason");
        form.Remove("Ethnicity");
        form["LeftCustodyOn.Day"] = "9";

        var errors = (await (await staff.PostFormAsync("/custody/remand/new", form)).GetDocumentAsync()).ErrorSummary();

        Assert.Contains("Enter the time of the charge as hours and minutes on the 24-hour clock, like 23:15", errors, StringComparison.Ordinal);
        Assert.Contains("Enter why no accommodation was provided", errors, StringComparison.Ordinal);
        Assert.Contains("Select the ethnicity the force recorded", errors, StringComparison.Ordinal);
        Assert.Empty(await host.QueryAsync(db => db.ChildRemandCases.Where(c => c.CustodyNumber == "RX-bad")));
    }

    /// An optional date that does not read used to reach the service as "not given", saving the case without it.
    [Fact]
    public async Task RemandForm_WithAnOptionalDateThatDoesNotRead_SavesNothing()
    {
        var number = $"RA-{Guid.NewGuid():N}"[..16];
        var staff = await host.ClientForRoleAsync(Roles.CustodyOfficer);
        var form = Remand(number, "23:20", "None");
        form["LocalAuthorityRequestedOn.Year"] = "abc";
        form.Remove("Ethnicity");

        var errors = (await (await staff.PostFormAsync("/custody/remand/new", form)).GetDocumentAsync()).ErrorSummary();

        Assert.Contains("Year must include 4 numbers", errors, StringComparison.Ordinal);
        Assert.Contains("Select the ethnicity the force recorded", errors, StringComparison.Ordinal);
        Assert.Empty(await host.QueryAsync(db => db.ChildRemandCases.Where(c => c.CustodyNumber == number)));
    }

    [Fact]
    public async Task StripSearchForm_RecordsEverySafeguard()
    {
        var number = $"SF-{Guid.NewGuid():N}"[..16];
        var staff = await host.ClientForRoleAsync(Roles.CustodyOfficer);
        var form = new Dictionary<string, string>
        {
            ["CustodyNumber"] = number,
            ["SearchedOn.Day"] = "3",
            ["SearchedOn.Month"] = "11",
            ["SearchedOn.Year"] = "2006",
            ["SearchedTime"] = "16:45",
            ["AuthorisedBy"] = "Inspector 4502",
            ["AppropriateAdultPresent"] = "no",
            ["Location"] = "Search room, Elland Road",
            ["Grounds"] = "Reasonable grounds to believe drugs were concealed",
            ["ItemFound"] = "no",
            ["SafeguardingReferral"] = "yes",
            ["ParentNotified"] = "yes",
            ["Ethnicity"] = "Black or Black British",
        };

        var missing = await staff.PostFormAsync("/custody/strip-searches/new", new Dictionary<string, string> { ["CustodyNumber"] = number });
        var saved = await staff.PostFormAsync("/custody/strip-searches/new", form);
        var page = await (await staff.GetAsync("/custody/remand?year=2006", TestContext.Current.CancellationToken)).GetDocumentAsync();

        var errors = (await missing.GetDocumentAsync()).ErrorSummary();
        Assert.Contains("Select whether an appropriate adult was present", errors, StringComparison.Ordinal);
        Assert.Contains("Select the outcome of the search", errors, StringComparison.Ordinal);
        Assert.Contains("Enter the date of the search", errors, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var row = Assert.Single(page.QuerySelectorAll("[data-testid=strip-searches] tbody tr"), r => r.TextContent.Contains(number, StringComparison.Ordinal));
        Assert.Contains("Appropriate adult absent", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("safeguarding referral made", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Black", row.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(await host.QueryAsync(db => db.AuditEntries.Where(a => a.Action == AuditAction.Viewed && a.EntityType == nameof(ChildStripSearch) && a.EntityId == "year 2006")));
    }

    [Fact]
    public async Task Forms_AreForCustodyStaffOnly()
    {
        var volunteer = await host.ClientForRoleAsync(Roles.Volunteer);

        foreach (var path in new[] { "/custody/remand/new", "/custody/strip-searches/new" })
        {
            var response = await volunteer.GetAsync(path, TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("access-denied", response.Headers.Location?.ToString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("CourtAgreed", "maybe")]
    [InlineData("Accommodation", "9")]
    public async Task RemandForm_WithAChoiceNoPageOffers_IsRefusedBesideTheFieldAndSavesNothing(string field, string value)
    {
        var number = $"RX-{Guid.NewGuid():N}"[..16];
        var staff = await host.ClientForRoleAsync(Roles.CustodyOfficer);
        var form = Remand(number, "20:00", "Foster");
        form[field] = value;

        var response = await staff.PostCraftedFormAsync("/custody/remand/new", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Error: Select one of the options shown", (await response.GetDocumentAsync()).QuerySelector($"#{field}-error")?.TextContent.Trim());
        Assert.Empty(await host.QueryAsync(db => db.ChildRemandCases.Where(c => c.CustodyNumber == number)));
    }

    private static Dictionary<string, string> Remand(string number, string chargedTime, string accommodation) => new()
    {
        ["CustodyNumber"] = number,
        ["ChargedOn.Day"] = "10",
        ["ChargedOn.Month"] = "7",
        ["ChargedOn.Year"] = "2006",
        ["ChargedTime"] = chargedTime,
        ["BailRefusedReason"] = "Risk of further offences against the victim",
        ["LocalAuthorityRequestedOn.Day"] = "10",
        ["LocalAuthorityRequestedOn.Month"] = "7",
        ["LocalAuthorityRequestedOn.Year"] = "2006",
        ["LocalAuthorityRequestedTime"] = "23:50",
        ["LocalAuthorityResponse"] = "No foster placement available overnight",
        ["Accommodation"] = accommodation,
        ["NoAccommodationReason"] = "No placement available at night",
        ["LeftCustodyOn.Day"] = "11",
        ["LeftCustodyOn.Month"] = "7",
        ["LeftCustodyOn.Year"] = "2006",
        ["LeftCustodyTime"] = "10:02",
        ["CertificateProduced"] = "yes",
        ["CourtAgreed"] = "yes",
        ["Ethnicity"] = "Mixed",
    };
}

public sealed class ScrutinyFormsTestsOnSqlite(SqliteHost host) : ScrutinyFormsTests(host);

public sealed class ScrutinyFormsTestsOnPostgres(PostgresHost host) : ScrutinyFormsTests(host);
