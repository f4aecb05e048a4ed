using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Accounts;
using Oversight.Core.Data;
using Oversight.Core.Funding.Applicants;
using Oversight.Core.Funding.Applications;
using Oversight.Core.Funding.Assessment;
using Oversight.Core.Funding.Rounds;
using Oversight.Domain.Funding;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Lists;

/// The grants team's list of bids on the shared list tool: search, filter by stage, round and district, sort by a
/// header and page; a bid the officer has a conflict with is listed without its details and not found by them.
public sealed class BidListPageTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    [Fact]
    public async Task Bids_SearchFilterSortAndPage_AndWithholdAConflictedBid()
    {
        var email = await host.CreateUserAsync(Roles.GrantsOfficer);
        var officer = await host.SignInAsync(email);
        var (conflicted, roundId) = await SeedAsync(email);

        var first = await PageAsync(officer, "/funding/applications?q=bidpage&sort=title");
        Assert.Equal("27 results, page 1 of 2", first.Text("list-count"));
        Assert.Equal(25, Rows(first).Count);
        Assert.Equal("Bidpage project 00", Rows(first)[0][1]);
        var next = first.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        Assert.Contains("sort=title", next, StringComparison.Ordinal);
        var second = await PageAsync(officer, next);
        Assert.Equal(["Bidpage project 25", "Bidpage project 26"], Rows(second).Select(r => r[1]));

        var descending = await PageAsync(officer, "/funding/applications?q=bidpage&sort=title&order=desc");
        Assert.Equal("Bidpage project 26", Rows(descending)[0][1]);
        Assert.Equal("descending", descending.QuerySelector("th[aria-sort]")!.GetAttribute("aria-sort"));

        var approved = await PageAsync(officer, "/funding/applications?q=bidpage&stage=approved");
        Assert.Equal(["Bidpage project 03"], Rows(approved).Select(r => r[1]));
        var bradford = await PageAsync(officer, $"/funding/applications?q=bidpage&district=Bradford&round={roundId}");
        Assert.Equal(["Bidpage project 05"], Rows(bradford).Select(r => r[1]));

        var byReference = await PageAsync(officer, "/funding/applications?q=" + conflicted);
        Assert.Equal([(conflicted, "Withheld: conflict of interest", "")], Rows(byReference).Select(r => (r[0], r[1], r[2])));
        var byHiddenTitle = await PageAsync(officer, "/funding/applications?q=secretive");
        Assert.Equal("No applications match.", byHiddenTitle.Text("empty"));
    }

    private static async Task<IHtmlDocument> PageAsync(HttpClient client, string url) =>
        await (await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken)).GetDocumentAsync();

    private static List<string[]> Rows(IHtmlDocument page) =>
        page.QuerySelectorAll("tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();

    private async Task<(string Conflicted, Guid Round)> SeedAsync(string officerEmail)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OversightDbContext>();
        var officerId = await db.Users.Where(u => u.Email == officerEmail).Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken);
        var round = new FundingRound
        {
            Number = Random.Shared.Next(3_000_000, 4_000_000),
            Name = "Bid list round",
            FinancialYear = "2026-27",
            Pot = 100_000m,
            Opens = new DateOnly(2026, 4, 1),
            Closes = new DateOnly(2026, 5, 1),
        };
        var organisation = new ApplicantOrganisation { Name = "Bidpage Trust", District = "Leeds", OrgId = "GB-TEST-BID", Type = OrganisationType.Voluntary };
        db.AddRange(round, organisation);
        var bids = Enumerable.Range(0, 27).Select(i => new FundingApplication
        {
            RoundId = round.Id,
            ApplicantOrganisationId = organisation.Id,
            Reference = $"BID-{Guid.NewGuid():N}"[..14],
            Status = i == 3 ? ApplicationStatus.Approved : ApplicationStatus.Submitted,
            StrandCode = "standard",
            ProjectTitle = $"Bidpage project {i:D2}",
            District = i == 5 ? "Bradford" : "Leeds",
            Amount = 1_000m * (i + 1),
            SubmittedAt = new DateTimeOffset(2026, 4, 2, 12, 0, 0, TimeSpan.Zero).AddHours(i),
        }).ToList();
        var hidden = new FundingApplication
        {
            RoundId = round.Id,
            ApplicantOrganisationId = organisation.Id,
            Reference = $"BIDX-{Guid.NewGuid():N}"[..14],
            Status = ApplicationStatus.Submitted,
            StrandCode = "standard",
            ProjectTitle = "Secretive project",
            District = "Leeds",
            Amount = 5_000m,
            SubmittedAt = new DateTimeOffset(2026, 4, 3, 12, 0, 0, TimeSpan.Zero),
        };
        db.FundingApplications.AddRange(bids);
        db.FundingApplications.Add(hidden);
        db.AssessorAssignments.Add(new AssessorAssignment { ApplicationId = hidden.Id, AssessorUserId = officerId, AssessorName = "Officer", HasConflict = true });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (hidden.Reference, round.Id);
    }
}
