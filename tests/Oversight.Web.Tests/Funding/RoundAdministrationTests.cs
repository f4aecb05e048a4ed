using System.Net;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Accounts;
using Oversight.Core.Funding.Applicants;
using Oversight.Core.Funding.Applications;
using Oversight.Domain;
using Oversight.Domain.Funding;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Funding;

/// Grants staff set up and change rounds; a round's rules freeze once anyone has applied under them.
public abstract class RoundAdministrationTests(HostFixture host)
{
    private static readonly CancellationToken None = CancellationToken.None;

    // Rounds set up here open next summer, so their status is "Not open yet" whenever the tests run.
    private static readonly int NextYear = TimeProvider.System.GetUtcNow().Year + 1;

    private static readonly string Year = NextYear.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task NewRound_WithEveryKindOfStrand_IsCheckedSavedAndListed()
    {
        var office = await host.ClientForRoleAsync(Roles.GrantsOfficer);
        var name = $"Grant Round {Guid.NewGuid():N}"[..24];

        var wrong = await (await office.PostFieldsAsync("/funding/rounds/new", Round(name,
            ("Name", ""), ("FinancialYear", "2025-27"), ("Pot", "lots"), ("Closes.Day", "1"), ("Closes.Month", "6"),
            ("StrandKind[2]", "restricted"), ("StrandAreas[2]", ""), ("CriterionWeight[1]", "20"), ("Priorities", "")))).GetDocumentAsync();

        var errors = wrong.ErrorSummary();
        Assert.Contains("Enter the round's name, like Grant Round 8", errors, StringComparison.Ordinal);
        Assert.Contains("Enter the financial year the round's grants count in, like 2025-26", errors, StringComparison.Ordinal);
        Assert.Contains("Enter the money the round has to give, like 500000 or 500000.50", errors, StringComparison.Ordinal);
        Assert.Contains("The date the round closes must be the same as or after the date it opens", errors, StringComparison.Ordinal);
        Assert.Contains("Enter the areas where strand 3 projects can take place, one on each line", errors, StringComparison.Ordinal);
        Assert.Contains("The weights of the criteria must add up to 100. They add up to 60", errors, StringComparison.Ordinal);
        Assert.Contains("Select at least one plan priority applicants must align to", errors, StringComparison.Ordinal);
        Assert.Equal("lots", wrong.QuerySelector("#Pot")?.GetAttribute("value"));

        var saved = await office.PostFieldsAsync("/funding/rounds/new", Round(name));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = FundingSteps.IdFrom(saved.Headers.Location);
        var round = await host.FromDbAsync(db => db.FundingRounds.Include(r => r.Strands).Include(r => r.Options).Include(r => r.Criteria).SingleAsync(r => r.Id == id));
        var configuration = round.ToConfiguration();
        Assert.Equal((FinancialYear.Name(NextYear), 750_000m, new DateOnly(NextYear, 7, 1), new DateOnly(NextYear, 8, 15)), (round.FinancialYear, round.Pot, round.Opens, round.Closes));
        Assert.Equal(["standard", "collaborative-grant", "clear-hold-build-grant"], configuration.Strands.Select(s => s.Code));
        Assert.True(configuration.Strands[1].Collaborative);
        Assert.Equal(80_000m, configuration.Strands[1].Ceiling);
        Assert.Equal(["Bradford BD3", "Kirklees Ashbrow", "Leeds Harehills", "Calderdale Park Ward"], configuration.Strands[2].RestrictedAreas);
        Assert.Equal(["keeping-people-safe", "responsive-and-supportive-justice-system"], configuration.Priorities);
        Assert.Equal(["The Safety of Women and Girls", "Men and Boys"], round.Themes.Select(t => t.Name));
        Assert.Equal(["Crimes affecting businesses"], round.Focuses.Select(f => f.Name));
        Assert.Equal([("evidence-of-need", 40, 5), ("value-for-money", 60, 5)], configuration.Criteria.Select(c => (c.Code, c.Weight, c.MaxScore)));
        Assert.Equal([OrganisationType.Voluntary, OrganisationType.Community], configuration.EligibleTypes.Order());

        var list = await (await office.GetAsync("/funding/rounds", None)).GetDocumentAsync();
        Assert.Contains("Not open yet", list.Text($"round-{round.Number}"), StringComparison.Ordinal);
        var panel = await (await office.GetAsync($"/funding/rounds/{id}", None)).GetDocumentAsync();
        Assert.Contains("collaborative grant up to £80,000", panel.Text("strands"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditRound_BeforeAndAfterApplicationsAreSubmitted()
    {
        var office = await host.ClientForRoleAsync(Roles.GrantsOfficer);
        var round = await host.CreateOpenRoundAsync();
        var url = $"/funding/rounds/{round.Id}/edit";
        var form = await FormOfAsync(office, url);
        form["StrandCeiling[0]"] = "15000";
        form["CriterionWeight[0]"] = "20";
        form["CriterionWeight[1]"] = "60";

        Assert.Equal(HttpStatusCode.Redirect, (await office.PostFieldsAsync(url, form)).StatusCode);
        var changed = await host.FromDbAsync(db => db.Set<Oversight.Core.Funding.Rounds.RoundStrand>().Where(s => s.RoundId == round.Id && s.Code == "standard").Select(s => s.Ceiling).SingleAsync());
        Assert.Equal(15_000m, changed);

        await SubmitAnApplicationAsync(round.Id);
        var locked = await (await office.GetAsync(url, None)).GetDocumentAsync();
        Assert.Contains("1 application has been submitted to this round", locked.Text("locked"), StringComparison.Ordinal);
        Assert.Null(locked.QuerySelector("input[name='StrandCeiling[0]']"));

        var crafted = await (await office.PostFieldsAsync(url, form.With(("StrandCeiling[0]", "50000")))).GetDocumentAsync();
        Assert.Contains($"You cannot change the rules of {round.Name} because 1 application has been submitted to it", crafted.ErrorSummary(), StringComparison.Ordinal);
        var moved = await (await office.PostFieldsAsync(url, form.Without("StrandName[0]").With(("Opens.Day", "1"), ("Opens.Month", "1"), ("Opens.Year", "2020")))).GetDocumentAsync();
        Assert.Contains($"You cannot change the date {round.Name} opened", moved.ErrorSummary(), StringComparison.Ordinal);
        Assert.Equal(15_000m, await host.FromDbAsync(db => db.Set<Oversight.Core.Funding.Rounds.RoundStrand>().Where(s => s.RoundId == round.Id && s.Code == "standard").Select(s => s.Ceiling).SingleAsync()));

        var lockedForm = await FormOfAsync(office, url);
        lockedForm["Pot"] = "120000";
        lockedForm["Closes.Year"] = (round.Closes.Year + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await office.PostFieldsAsync(url, lockedForm)).StatusCode);
        var after = await host.FromDbAsync(db => db.FundingRounds.Include(r => r.Strands).Include(r => r.Criteria).SingleAsync(r => r.Id == round.Id));
        Assert.Equal((120_000m, round.Closes.AddYears(1)), (after.Pot, after.Closes));
        Assert.Equal([20, 60, 20], after.Criteria.OrderBy(c => c.Order).Select(c => c.Weight));
    }

    [Fact]
    public async Task RoundSetUpByStaff_IsWhatApplicantsAreCheckedAgainst()
    {
        var office = await host.ClientForRoleAsync(Roles.GrantsOfficer);
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var saved = await office.PostFieldsAsync("/funding/rounds/new", Round(
            $"Small grants {Guid.NewGuid():N}"[..20],
            ("FinancialYear", FinancialYear.Of(today)), ("Opens.Day", FormFields.Number(today.AddDays(-1).Day)), ("Opens.Month", FormFields.Number(today.AddDays(-1).Month)),
            ("Opens.Year", FormFields.Number(today.AddDays(-1).Year)), ("Closes.Day", FormFields.Number(today.AddDays(20).Day)), ("Closes.Month", FormFields.Number(today.AddDays(20).Month)),
            ("Closes.Year", FormFields.Number(today.AddDays(20).Year)), ("StrandName[0]", "community grant"), ("StrandCeiling[0]", "5000"), ("StrandCode[0]", "")));
        var roundId = FundingSteps.IdFrom(saved.Headers.Location);
        var applicant = await host.SignedInClientAsync(Roles.Applicant);
        await applicant.PostFieldsAsync("/funding/apply/organisation", new Dictionary<string, string> { ["Name"] = "Todmorden Community Association", ["Type"] = "Community", ["CharityNumber"] = "", ["CompanyNumber"] = "", ["District"] = "Calderdale" });
        var started = await applicant.PostFieldsAsync("/funding/apply", new Dictionary<string, string> { ["roundId"] = roundId.ToString() });
        var applicationId = FundingSteps.IdFrom(started.Headers.Location);

        var submitted = await (await applicant.PostFieldsAsync($"/funding/apply/applications/{applicationId}", new Dictionary<string, string>
        {
            ["Action"] = "submit",
            ["StrandCode"] = "community-grant",
            ["ProjectTitle"] = "Safer canal towpath",
            ["Summary"] = "Volunteer patrols",
            ["District"] = "Calderdale",
            ["Wards"] = "Todmorden",
            ["Amount"] = "6000",
            ["PeopleExpected"] = "50",
            ["Priorities"] = "keeping-people-safe",
            ["BudgetItem[0]"] = "Lighting",
            ["BudgetAmount[0]"] = "6000",
            ["OutcomeDescription[0]"] = "Fewer incidents",
            ["OutcomeIndicator[0]"] = "Police reports",
        })).GetDocumentAsync();

        Assert.Contains("Enter an amount of £5,000 or less for a community grant", submitted.ErrorSummary(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rounds_AreForGrantsStaffOnly()
    {
        var applicant = await host.SignedInClientAsync(Roles.Applicant);

        var response = await applicant.GetAsync("/funding/rounds/new", None);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/access-denied", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    private async Task SubmitAnApplicationAsync(Guid roundId) => await host.WithDbAsync(async db =>
    {
        var organisation = new ApplicantOrganisation { Name = "Gipton Youth Trust", District = "Leeds", OrgId = "GB-TEST-1", Type = OrganisationType.Voluntary };
        db.ApplicantOrganisations.Add(organisation);
        db.FundingApplications.Add(new FundingApplication
        {
            RoundId = roundId,
            ApplicantOrganisationId = organisation.Id,
            Reference = $"T-{Guid.NewGuid():N}"[..12],
            Status = ApplicationStatus.Submitted,
            StrandCode = "standard",
            Amount = 10_000m,
            SubmittedAt = DateTimeOffset.UnixEpoch,
        });
        await db.SaveChangesAsync();
    });

    /// Every named field of the page's form with the value it shows, as a browser would post it untouched.
    private static async Task<Dictionary<string, string>> FormOfAsync(HttpClient client, string url)
    {
        var page = await (await client.GetAsync(url, None)).GetDocumentAsync();
        var form = page.QuerySelector("main form")!;
        var fields = new Dictionary<string, string>();
        foreach (var input in form.QuerySelectorAll("input[name], select[name], textarea[name]"))
        {
            var name = input.GetAttribute("name")!;
            var type = input.GetAttribute("type");
            if (name == "__RequestVerificationToken" || (type is "checkbox" or "radio" && !input.HasAttribute("checked")))
            {
                continue;
            }

            var value = input switch
            {
                AngleSharp.Html.Dom.IHtmlSelectElement select => select.Value ?? "",
                AngleSharp.Html.Dom.IHtmlTextAreaElement area => area.Value,
                _ => input.GetAttribute("value") ?? "",
            };
            fields[name] = fields.TryGetValue(name, out var earlier) ? earlier + "\u001f" + value : value;
        }

        return fields;
    }

    private static Dictionary<string, string> Round(string name, params (string Key, string Value)[] changes)
    {
        var form = new Dictionary<string, string>
        {
            ["Name"] = name,
            ["FinancialYear"] = FinancialYear.Label(NextYear), // typed with a slash, stored with a hyphen
            ["Pot"] = "750000",
            ["Opens.Day"] = "1",
            ["Opens.Month"] = "7",
            ["Opens.Year"] = Year,
            ["Closes.Day"] = "15",
            ["Closes.Month"] = "8",
            ["Closes.Year"] = Year,
            ["EligibleTypes"] = "Voluntary\u001fCommunity",
            ["StrandName[0]"] = "standard grant",
            ["StrandCeiling[0]"] = "20000",
            ["StrandKind[0]"] = "standard",
            ["StrandAreas[0]"] = "",
            ["StrandCode[0]"] = "standard",
            ["StrandName[1]"] = "collaborative grant",
            ["StrandCeiling[1]"] = "80000",
            ["StrandKind[1]"] = "collaborative",
            ["StrandAreas[1]"] = "",
            ["StrandCode[1]"] = "",
            ["StrandName[2]"] = "Clear, Hold, Build grant",
            ["StrandCeiling[2]"] = "20000",
            ["StrandKind[2]"] = "restricted",
            ["StrandCode[2]"] = "",
            ["StrandAreas[2]"] = "Bradford BD3\nKirklees Ashbrow\nLeeds Harehills\nCalderdale Park Ward",
            ["StrandName[3]"] = "",
            ["StrandCeiling[3]"] = "",
            ["StrandKind[3]"] = "standard",
            ["StrandAreas[3]"] = "",
            ["StrandCode[3]"] = "",
            ["Priorities"] = "keeping-people-safe\u001fresponsive-and-supportive-justice-system",
            ["Themes"] = "safety-of-women-and-girls\u001fmen-and-boys",
            ["Focuses"] = "Crimes affecting businesses",
            ["CriterionName[0]"] = "Evidence of need",
            ["CriterionWeight[0]"] = "40",
            ["CriterionMaxScore[0]"] = "5",
            ["CriterionCode[0]"] = "",
            ["CriterionName[1]"] = "Value for money",
            ["CriterionWeight[1]"] = "60",
            ["CriterionMaxScore[1]"] = "5",
            ["CriterionCode[1]"] = "",
        };
        foreach (var (key, value) in changes)
        {
            form[key] = value;
        }

        return form;
    }
}

public sealed class RoundAdministrationTestsOnSqlite(SqliteHost host) : RoundAdministrationTests(host);

public sealed class RoundAdministrationTestsOnPostgres(PostgresHost host) : RoundAdministrationTests(host);
