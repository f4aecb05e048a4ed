using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Oversight.Core.Accounts;
using Oversight.Core.Funding.Victims;
using Oversight.Core.Justice;
using Oversight.Domain;
using Oversight.Domain.Justice;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Funding;

/// The money the office passes on, through the pages: Community Safety Fund allocations and returns, Safer Streets
/// projects and claims, and the funders' returns generated from the records. Each test works in a financial year of
/// its own, far ahead, so other tests' records never change its totals.
public abstract class GrantsPassedOnTests(HostFixture host)
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static int FreshYear() => Random.Shared.Next(2100, 2900);

    [Fact]
    public async Task CommunitySafetyFund_AllocationAndReturns_ShowSpendByDistrictAndRefuseOverspend()
    {
        var office = await host.ClientForRoleAsync(Roles.GrantsOfficer);
        var year = FinancialYear.Name(FreshYear());
        var received = UkTime.Today(TimeProvider.System).AddDays(-1);

        var wrong = await (await office.PostFormAsync("/funding/community-safety-fund/new", new Dictionary<string, string> { ["Partnership"] = "Sheffield", ["Year"] = "2024", ["Amount"] = "-1" })).GetDocumentAsync();
        Assert.Contains("Select the Community Safety Partnership", wrong.ErrorSummary(), StringComparison.Ordinal);
        Assert.Contains("Enter the financial year, like 2024-25", wrong.ErrorSummary(), StringComparison.Ordinal);
        Assert.Contains("Enter the amount allocated, like 450000 or 450000.50", wrong.ErrorSummary(), StringComparison.Ordinal);
        var allocated = await office.PostFormAsync("/funding/community-safety-fund/new", Allocation("Calderdale", year, "235000"));
        Assert.Equal(HttpStatusCode.Redirect, allocated.StatusCode);
        var page = allocated.Headers.Location!.ToString();
        var twice = await (await office.PostFormAsync("/funding/community-safety-fund/new", Allocation("Calderdale", year, "1000"))).GetDocumentAsync();
        Assert.Contains($"Calderdale already has an allocation for {year}", twice.ErrorSummary(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await office.PostFormAsync(page + "?handler=Return", Return("1", "50000", received), page)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await office.PostFormAsync(page + "?handler=Return", Return("2", "60000", received), page)).StatusCode);
        // A second Q2 return replaces the first.
        Assert.Equal(HttpStatusCode.Redirect, (await office.PostFormAsync(page + "?handler=Return", Return("2", "65000.50", received), page)).StatusCode);
        var over = await (await office.PostFormAsync(page + "?handler=Return", Return("3", "120000", received), page)).GetDocumentAsync();
        Assert.Contains("Spend this year would be more than the £235,000 allocated", over.ErrorSummary(), StringComparison.Ordinal);
        var future = await (await office.PostFormAsync(page + "?handler=Return", Return("3", "1", received.AddDays(10)), page)).GetDocumentAsync();
        Assert.Contains("The date the return was received must be today or in the past", future.ErrorSummary(), StringComparison.Ordinal);
        var planned = await office.PostFormAsync(page + "?handler=Plan", new Dictionary<string, string> { ["Amount"] = "240000", ["Plan"] = "Hate crime awareness and town centre ASB." }
            .With(("PlanAgreedOn.Day", ""), ("PlanAgreedOn.Month", ""), ("PlanAgreedOn.Year", "")), page);
        Assert.Equal(HttpStatusCode.Redirect, planned.StatusCode);

        var districts = await (await office.GetAsync($"/funding/community-safety-fund?year={year}", None)).GetDocumentAsync();
        var calderdale = districts.QuerySelectorAll("[data-testid=districts] tbody tr").Single(r => r.TextContent.Contains("Calderdale", StringComparison.Ordinal));
        Assert.Equal(["£240,000", "£115,000.50", "£124,999.50", "2 of 4"], calderdale.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList());
        Assert.Contains("£240,000 allocated, £115,000.50 spent", districts.Text("summary"), StringComparison.Ordinal);
        var q2 = await host.FromDbAsync(db => db.CsfReturns.Where(r => r.Quarter == 2 && db.CsfAllocations.Any(a => a.Id == r.AllocationId && a.FinancialYear == year)).ToListAsync());
        Assert.Equal(65_000.50m, Assert.Single(q2).Spend);
    }

    [Fact]
    public async Task SaferStreets_AddEditAndClaim_KeepClaimsWithinTheHomeOfficeAllocation()
    {
        var office = await host.ClientForRoleAsync(Roles.GrantsOfficer);
        var year = FinancialYear.Name(FreshYear());
        await host.WithDbAsync(async db =>
        {
            db.SaferStreetsAllocations.Add(new SaferStreetsAllocation { Round = "Safer Streets 5", FundingYear = year, Starts = FinancialYear.Parse(year)!.Value.Start, Ends = FinancialYear.Parse(year)!.Value.End, Amount = 100_000m });
            await db.SaveChangesAsync();
        });
        var intervention = $"Night Marshalls {year}";

        var wrong = await (await office.PostFormAsync("/funding/safer-streets/projects/new", Project(intervention, "1999-00", "5000", "6000"))).GetDocumentAsync();
        Assert.Contains("Enter a funding year of the round, like 2024-25", wrong.ErrorSummary(), StringComparison.Ordinal);
        Assert.Contains("Spend cannot be more than the budget", wrong.ErrorSummary(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await office.PostFormAsync("/funding/safer-streets/projects/new", Project(intervention, year, "40000", "10000"))).StatusCode);
        var id = (await host.QueryAsync(db => db.SaferStreetsProjects.Where(p => p.Intervention == intervention).Select(p => p.Id))).Single();
        var edit = $"/funding/safer-streets/projects/{id}";
        Assert.Equal("40000", ((AngleSharp.Html.Dom.IHtmlInputElement)(await (await office.GetAsync(edit, None)).GetDocumentAsync()).QuerySelector("#Budget")!).Value);
        Assert.Equal(HttpStatusCode.Redirect, (await office.PostFormAsync(edit, Project(intervention, year, "40000", "32500.25"))).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await office.PostFormAsync("/funding/safer-streets/claims/new", Claim(year, "1", "60000"))).StatusCode);
        var again = await (await office.PostFormAsync("/funding/safer-streets/claims/new", Claim(year, "1", "100"))).GetDocumentAsync();
        var over = await (await office.PostFormAsync("/funding/safer-streets/claims/new", Claim(year, "2", "40000.01"))).GetDocumentAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await office.PostFormAsync("/funding/safer-streets/claims/new", Claim(year, "2", "40000"))).StatusCode);

        Assert.Contains($"There is already a claim for quarter 1 of {year}", again.ErrorSummary(), StringComparison.Ordinal);
        Assert.Contains($"Claims for {year} would be more than the £100,000 allocated", over.ErrorSummary(), StringComparison.Ordinal);
        var round = await (await office.GetAsync("/funding/safer-streets", None)).GetDocumentAsync();
        var project = round.QuerySelectorAll("[data-testid=projects] tbody tr").Single(r => r.TextContent.Contains(intervention, StringComparison.Ordinal));
        Assert.Equal("£32,500.25", project.QuerySelectorAll("td")[^1].TextContent.Trim());
        var claims = round.QuerySelectorAll("[data-testid=claims] tbody tr").Single(r => r.QuerySelector("th")!.TextContent == year);
        Assert.Equal("£100,000", claims.QuerySelectorAll("td")[^1].TextContent.Trim());
    }

    [Fact]
    public async Task ImmediateJusticeReturn_HasTheFundersColumnsAndQuarterTotalsFromTheRecords()
    {
        var office = await host.ClientForRoleAsync(Roles.GrantsOfficer);
        var start = FreshYear();
        await host.WithDbAsync(async db =>
        {
            // Q1: an adult who completed 7 hours within 48 hours; Q3: a child who withdrew; Q4 (January): an adult not started.
            db.JusticeReferrals.AddRange(
                Referral(Cohort.Adult, Sex.Female, new DateTimeOffset(start, 5, 10, 9, 0, 0, TimeSpan.Zero), started: true, ReferralOutcome.Completed, 7),
                Referral(Cohort.Child, Sex.Male, new DateTimeOffset(start, 11, 3, 9, 0, 0, TimeSpan.Zero), started: true, ReferralOutcome.Withdrawn, 2),
                Referral(Cohort.Adult, Sex.Male, new DateTimeOffset(start + 1, 1, 20, 9, 0, 0, TimeSpan.Zero), started: false, null, 0));
            await db.SaveChangesAsync();
        });

        var bytes = await office.GetByteArrayAsync($"/funding/returns?handler=ImmediateJustice&year={start}", None);

        using var stream = new MemoryStream(bytes);
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(Core.Funding.Returns.GrantReturns.ImmediateJusticeColumns, rows[0].Keys);
        Assert.Equal([$"{FinancialYear.Name(start)} Q1", $"{FinancialYear.Name(start)} Q2", $"{FinancialYear.Name(start)} Q3", $"{FinancialYear.Name(start)} Q4", "Total"], rows.Select(r => r["Quarter"]?.ToString()).ToList());
        Assert.Equal(["1", "0", "0", "1", "2"], rows.Select(r => Cell(r, "Adults referred")).ToList());
        Assert.Equal(["0", "0", "1", "0", "1"], rows.Select(r => Cell(r, "Children referred")).ToList());
        var total = rows[4];
        Assert.Equal(["1", "2", "2", "1", "1", "9"], new[] { "Female", "Started", "Started within 48 hours", "Completed", "Withdrawn", "Unpaid work hours completed" }.Select(c => Cell(total, c)).ToList());
    }

    [Fact]
    public async Task VictimsGrantReturn_AddsUpEachContractsCurrentReturnsAndNeutralisesFormulas()
    {
        var office = await host.ClientForRoleAsync(Roles.GrantsOfficer);
        var year = FinancialYear.Name(FreshYear());
        await host.WithDbAsync(async db =>
        {
            var provider = new VictimServiceProvider { Name = $"=HYPERLINK(\"http://x\") {year}", Sector = ProviderSector.Vcse };
            var contract = new VictimServiceContract { Provider = provider, FinancialYear = year, Value = 150_000m, FundingSource = "Ministry of Justice victims' grant", Line = GrantLine.DomesticAbuse, ServiceTypes = ["IDVA"] };
            var other = new VictimServiceContract { Provider = provider, FinancialYear = year, Value = 9_999m, FundingSource = "Police and Crime Commissioner's fund", Line = GrantLine.Other, ServiceTypes = ["Other"] };
            db.AddRange(provider, contract, other);
            db.VictimServiceReturns.AddRange(
                VictimReturn(contract, $"{year} Q1", 60, superseded: true),
                VictimReturn(contract, $"{year} Q1", 70, superseded: false),
                VictimReturn(contract, $"{year} Q2", 40, superseded: false),
                VictimReturn(other, $"{year} Q1", 500, superseded: false));
            await db.SaveChangesAsync();
        });

        var bytes = await office.GetByteArrayAsync($"/funding/returns?handler=VictimsGrant&year={year[..4]}", None);

        using var stream = new MemoryStream(bytes);
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(Core.Funding.Returns.GrantReturns.VictimsGrantColumns, rows[0].Keys);
        Assert.Equal(2, rows.Count);
        Assert.StartsWith("'=HYPERLINK", rows[0]["Provider"]?.ToString(), StringComparison.Ordinal);
        Assert.Equal("Total", rows[1]["Provider"]);
        // 70 + 40 women (the superseded 60 and the other fund's contract left out), 150,000 of contracts.
        Assert.Equal(["150000", "110", "110"], new[] { "Contract value (£)", "Female", "Victims supported" }.Select(c => Cell(rows[1], c)).ToList());
    }

    private static string Cell(IDictionary<string, object?> row, string column) => Convert.ToString(row[column], CultureInfo.InvariantCulture)!;

    private static JusticeReferral Referral(Cohort cohort, Sex sex, DateTimeOffset disposed, bool started, ReferralOutcome? outcome, int hours) => new()
    {
        Cohort = cohort,
        Sex = sex,
        OffenceType = "Criminal damage",
        District = "Leeds",
        AgeBand = cohort == Cohort.Adult ? "18-24" : "12-17",
        Disposal = Disposal.CommunityResolution,
        DeliveredBy = "Probation Service",
        DisposedAt = disposed,
        StartedAt = started ? disposed.AddHours(30) : null,
        HoursCompleted = hours,
        Outcome = outcome,
    };

    private static VictimServiceReturn VictimReturn(VictimServiceContract contract, string period, int female, bool superseded) => new()
    {
        Contract = contract,
        Period = period,
        Female = female,
        Adults = female,
        DomesticAbuse = female,
        CopedAndRecovered = female / 2,
        SupersededAt = superseded ? DateTimeOffset.UnixEpoch : null,
    };

    private static Dictionary<string, string> Allocation(string partnership, string year, string amount) =>
        new() { ["Partnership"] = partnership, ["Year"] = year, ["Amount"] = amount };

    private static Dictionary<string, string> Return(string quarter, string spend, DateOnly received) => new Dictionary<string, string>
    {
        ["Quarter"] = quarter,
        ["Spend"] = spend,
        ["Outputs"] = "Hate crime sessions in six schools.",
        ["CaseStudy"] = "",
    }.With(("ReceivedOn.Day", FormFields.Number(received.Day)), ("ReceivedOn.Month", FormFields.Number(received.Month)), ("ReceivedOn.Year", FormFields.Number(received.Year)));

    private static Dictionary<string, string> Project(string intervention, string year, string budget, string spend) => new()
    {
        ["Intervention"] = intervention,
        ["Focus"] = "Violence Against Women and Girls (VAWG)",
        ["District"] = "Wakefield",
        ["FundingYear"] = year,
        ["Budget"] = budget,
        ["Spend"] = spend,
    };

    private static Dictionary<string, string> Claim(string year, string quarter, string amount)
    {
        var today = UkTime.Today(TimeProvider.System);
        return new Dictionary<string, string> { ["FundingYear"] = year, ["Quarter"] = quarter, ["Amount"] = amount }
            .With(("SubmittedOn.Day", FormFields.Number(today.Day)), ("SubmittedOn.Month", FormFields.Number(today.Month)), ("SubmittedOn.Year", FormFields.Number(today.Year)),
                ("PaidOn.Day", ""), ("PaidOn.Month", ""), ("PaidOn.Year", ""));
    }
}

public sealed class GrantsPassedOnTestsOnSqlite(SqliteHost host) : GrantsPassedOnTests(host);

public sealed class GrantsPassedOnTestsOnPostgres(PostgresHost host) : GrantsPassedOnTests(host);
