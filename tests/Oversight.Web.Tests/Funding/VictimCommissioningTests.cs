using System.Net;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Accounts;
using Oversight.Core.Audit;
using Oversight.Domain;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Funding;

/// A provider, its contract and its quarterly returns, entered through the pages, feed the year's totals.
public abstract class VictimCommissioningTests(HostFixture host)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task ProviderContractAndReturns_FeedTheYearsTotals()
    {
        var office = await host.ClientForRoleAsync(Roles.GrantsOfficer);

        // A year of its own, so other tests' records do not change these totals.
        var year = FinancialYear.Name(Random.Shared.Next(2100, 2900));
        var start = FinancialYear.Parse(year)!.Value.Start;

        var blank = await (await office.PostFieldsAsync("/funding/victims/providers/new", new Dictionary<string, string> { ["Name"] = "" })).GetDocumentAsync();
        Assert.Contains("Enter the provider's name", blank.ErrorSummary(), StringComparison.Ordinal);
        Assert.Contains("Select the kind of organisation the provider is", blank.ErrorSummary(), StringComparison.Ordinal);
        var name = $"Ryburn Survivors' Network {year}";
        var added = await office.PostFieldsAsync("/funding/victims/providers/new", new Dictionary<string, string> { ["Name"] = name, ["Sector"] = "Vcse" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var providerId = FundingSteps.IdFrom(added.Headers.Location);
        var duplicate = await (await office.PostFieldsAsync("/funding/victims/providers/new", new Dictionary<string, string> { ["Name"] = name, ["Sector"] = "Vcse" })).GetDocumentAsync();
        Assert.Contains($"There is already a provider called {name}", duplicate.ErrorSummary(), StringComparison.Ordinal);

        var newContract = $"/funding/victims/providers/{providerId}/contracts/new";
        var wrongContract = await (await office.PostFieldsAsync(newContract, Contract(year, start, ("Value", "-5"), ("FinancialYear", "2100"), ("Ends.Year", FormFields.Number(start.Year - 1)), ("Line", ""), ("ServiceTypes", " ")))).GetDocumentAsync();
        Assert.Contains("Enter the financial year the contract is paid in, like 2025-26", wrongContract.ErrorSummary(), StringComparison.Ordinal);
        Assert.Contains("Enter the contract's value, like 120000 or 120000.50", wrongContract.ErrorSummary(), StringComparison.Ordinal);
        Assert.Contains("The date the contract ends must be after the date it starts", wrongContract.ErrorSummary(), StringComparison.Ordinal);
        Assert.Contains("Select the ring-fenced line that pays for the contract", wrongContract.ErrorSummary(), StringComparison.Ordinal);
        Assert.Contains("Enter the services the contract pays for, one on each line", wrongContract.ErrorSummary(), StringComparison.Ordinal);
        var contracted = await office.PostFieldsAsync(newContract, Contract(year, start));
        Assert.Equal(HttpStatusCode.Redirect, contracted.StatusCode);
        var contractId = FundingSteps.IdFrom(contracted.Headers.Location);
        var returnUrl = $"/funding/victims/contracts/{contractId}/returns";

        var wrongReturn = await (await office.PostFieldsAsync(returnUrl, Return($"{year} Q1", ("Male", "-3"), ("SexNotKnown", ""), ("AgeNotKnown", "two")))).GetDocumentAsync();
        Assert.Contains("The number of male victims must be 0 or more", wrongReturn.ErrorSummary(), StringComparison.Ordinal);
        Assert.Contains("Enter the number of victims whose sex is not known, or 0 if there were none", wrongReturn.ErrorSummary(), StringComparison.Ordinal);
        Assert.Contains("Enter the number of victims whose age is not known as a whole number, like 120", wrongReturn.ErrorSummary(), StringComparison.Ordinal);
        var inconsistent = await (await office.PostFieldsAsync(returnUrl, Return($"{year} Q1", ("Children", "25"), ("OtherCrime", "5"), ("CopedAndRecovered", "101")))).GetDocumentAsync();
        Assert.Contains("The victims by age band add up to 105 but the victims by sex add up to 100. They must be the same", inconsistent.ErrorSummary(), StringComparison.Ordinal);
        Assert.Contains("The victims by crime type add up to 105 but the victims by sex add up to 100. They must be the same", inconsistent.ErrorSummary(), StringComparison.Ordinal);
        Assert.Contains("The victims helped to cope and recover cannot be more than the 100 victims supported", inconsistent.ErrorSummary(), StringComparison.Ordinal);
        Assert.Contains("Select the quarter the return is for", (await (await office.PostFieldsAsync(returnUrl, Return("1999-00 Q1"))).GetDocumentAsync()).ErrorSummary(), StringComparison.Ordinal);
        Assert.False(await host.FromDbAsync(db => db.VictimServiceReturns.AnyAsync(r => r.ContractId == contractId)));

        Assert.Equal(HttpStatusCode.Redirect, (await office.PostFieldsAsync(returnUrl, Return($"{year} Q1"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await office.PostFieldsAsync(returnUrl, Return($"{year} Q2", ("Female", "40"), ("Adults", "55"), ("DomesticAbuse", "70")))).StatusCode);
        var totals = await (await office.GetAsync($"/funding/victims?year={year}", None)).GetDocumentAsync();
        Assert.Contains("£150,000", totals.Text("summary"), StringComparison.Ordinal);
        Assert.Contains("to 180 victims", totals.Text("summary"), StringComparison.Ordinal);

        // A resubmission replaces Q1 in the totals, and the first return is kept and its replacement audited.
        Assert.Equal(HttpStatusCode.Redirect, (await office.PostFieldsAsync(returnUrl, Return($"{year} Q1", ("Female", "70"), ("Adults", "85"), ("DomesticAbuse", "100")))).StatusCode);
        var resubmitted = await (await office.GetAsync($"/funding/victims?year={year}", None)).GetDocumentAsync();
        Assert.Contains("to 190 victims", resubmitted.Text("summary"), StringComparison.Ordinal);
        var q1 = await host.FromDbAsync(db => db.VictimServiceReturns.Where(r => r.ContractId == contractId && r.Period == $"{year} Q1").ToListAsync());
        var (first, second) = (q1.Single(r => r.SupersededAt is not null), q1.Single(r => r.SupersededAt is null));
        Assert.Equal((60, 70, first.Id), (first.Female, second.Female, second.SupersedesId));
        Assert.True(await host.FromDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == "VictimServiceReturn" && a.EntityId == first.Id.ToString() && a.Action == AuditAction.Updated)));
        var contractPage = await (await office.GetAsync($"/funding/victims/contracts/{contractId}", None)).GetDocumentAsync();
        Assert.Contains("Replaced on", contractPage.Text($"return-{first.Id}"), StringComparison.Ordinal);
        Assert.Contains("Counts", contractPage.Text($"return-{second.Id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangingAContract_UpdatesTheTotals()
    {
        var office = await host.ClientForRoleAsync(Roles.GrantsOfficer);
        var year = FinancialYear.Name(Random.Shared.Next(2100, 2900));
        var start = FinancialYear.Parse(year)!.Value.Start;
        var added = await office.PostFieldsAsync("/funding/victims/providers/new", new Dictionary<string, string> { ["Name"] = $"Holme Valley Council {Guid.NewGuid():N}", ["Sector"] = "LocalAuthority" });
        var providerId = FundingSteps.IdFrom(added.Headers.Location);
        var contractId = FundingSteps.IdFrom((await office.PostFieldsAsync($"/funding/victims/providers/{providerId}/contracts/new", Contract(year, start))).Headers.Location);

        var changed = await office.PostFieldsAsync($"/funding/victims/contracts/{contractId}", Contract(year, start, ("Value", "175000.50"), ("Line", "SexualViolence")));

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var totals = await (await office.GetAsync($"/funding/victims?year={year}", None)).GetDocumentAsync();
        Assert.Contains("£175,000.50", totals.Text("summary"), StringComparison.Ordinal);
        Assert.Contains("Sexual violence", totals.Text("lines"), StringComparison.Ordinal);
        Assert.DoesNotContain("Domestic abuse", totals.Text("lines"), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Contract(string year, DateOnly start, params (string Key, string Value)[] changes) => new Dictionary<string, string>
    {
        ["FinancialYear"] = year,
        ["Value"] = "150000",
        ["FundingSource"] = "Ministry of Justice victims' grant",
        ["Line"] = "DomesticAbuse",
        ["Starts.Day"] = "1",
        ["Starts.Month"] = "4",
        ["Starts.Year"] = FormFields.Number(start.Year),
        ["Ends.Day"] = "31",
        ["Ends.Month"] = "3",
        ["Ends.Year"] = FormFields.Number(start.Year + 1),
        ["ServiceTypes"] = "Independent domestic violence advocacy for adults\nOutreach for older victims",
    }.With(changes);

    private static Dictionary<string, string> Return(string period, params (string Key, string Value)[] changes) => new Dictionary<string, string>
    {
        ["Period"] = period,
        ["Female"] = "60",
        ["Male"] = "30",
        ["SexNotKnown"] = "10",
        ["Children"] = "20",
        ["Adults"] = "75",
        ["AgeNotKnown"] = "5",
        ["DomesticAbuse"] = "90",
        ["SexualViolence"] = "4",
        ["OtherCrime"] = "0",
        ["CrimeNotKnown"] = "6",
        ["CopedAndRecovered"] = "80",
    }.With(changes);
}

public sealed class VictimCommissioningTestsOnSqlite(SqliteHost host) : VictimCommissioningTests(host);

public sealed class VictimCommissioningTestsOnPostgres(PostgresHost host) : VictimCommissioningTests(host);
