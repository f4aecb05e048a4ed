using Oversight.Core.Accounts;
using Oversight.Core.Custody.Visiting;
using Oversight.TestCommon;
using Oversight.Web.Tests.Casework;
using Oversight.Web.Tests.Custody;
using static Oversight.Web.Tests.Lists.ListPages;

namespace Oversight.Web.Tests.Lists;

/// Custody visit reports and custody visitors on the shared list tool: search, filter, sort by a header and page; a
/// volunteer's list never holds another pair's visit, even one at the same suite.
public sealed class CustodyListPageTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    [Fact]
    public async Task Visits_SearchFilterSortAndPage_AndAVolunteerSeesOnlyTheirPairs()
    {
        var pair = await host.PairAsync();
        var others = await host.PairAsync();
        var suite = pair.SuiteId[^6..];
        // 26 visits in 2025/26 (the fourth submitted) and one in 2024/25, and another pair's visit at the same suite.
        await host.SeedAsync(Enumerable.Range(0, 27).Select(i => Visit(pair.SuiteId, pair.FirstId, pair.SecondId,
            i == 26 ? new DateOnly(2024, 5, 1) : new DateOnly(2025, 6, 1).AddDays(i), i == 3 ? VisitStatus.Submitted : VisitStatus.Draft))
            .Append(Visit(pair.SuiteId, others.FirstId, others.SecondId, new DateOnly(2025, 6, 10), VisitStatus.Draft)));
        var volunteer = await host.SignInAsync(pair.SecondEmail);

        var first = await volunteer.PageAsync($"/custody-visits?q={suite.ToUpperInvariant()}&sort=date");
        Assert.Equal("27 results, page 1 of 2", first.Text("list-count"));
        Assert.EndsWith("1 May 2024", Rows(first)[0][0], StringComparison.Ordinal);
        Assert.Contains("sort=date", Next(first), StringComparison.Ordinal);
        var second = await volunteer.PageAsync(Next(first));
        Assert.Equal(["25 June 2025", "26 June 2025"], Rows(second).Select(r => r[0][^12..]));

        var newest = await volunteer.PageAsync($"/custody-visits?q={suite}");
        Assert.EndsWith("26 June 2025", Rows(newest)[0][0], StringComparison.Ordinal);
        Assert.Equal("descending", newest.QuerySelector("th[aria-sort]")!.GetAttribute("aria-sort"));

        var submitted = await volunteer.PageAsync($"/custody-visits?q={suite}&status=submitted");
        Assert.Equal([("4 June 2025", "Submitted")], Rows(submitted).Select(r => (r[0][^11..], r[4])));
        var earlier = await volunteer.PageAsync($"/custody-visits?q={suite}&year=2024");
        Assert.Equal("1 result", earlier.Text("list-count"));

        var coordinator = await host.SignedInClientAsync(Roles.CustodyOfficer);
        var all = await coordinator.PageAsync($"/custody-visits?q={suite}&year=2025");
        Assert.Equal("27 results, page 1 of 2", all.Text("list-count"));
        var othersForCoordinator = await coordinator.PageAsync("/custody-visits?q=" + Uri.EscapeDataString(others.FirstEmail[..16]));
        Assert.Equal("1 result", othersForCoordinator.Text("list-count"));
        var byOthersName = await volunteer.PageAsync("/custody-visits?q=" + Uri.EscapeDataString(others.FirstEmail[..16]));
        Assert.Equal("No visit reports match.", byOthersName.Text("empty"));
    }

    [Fact]
    public async Task Visitors_SearchFilterSortAndPage()
    {
        var word = $"Vislist{Guid.NewGuid():N}"[..14];
        await host.SeedAsync(Enumerable.Range(0, 26).Select(i => new CustodyVisitor
        {
            Name = $"{word} {i:D2}",
            Stage = i == 7 ? VisitorStage.Applied : VisitorStage.Appointed,
            Active = i != 8,
            AppliedOn = new DateOnly(2023, 1, 1),
            TermEnds = new DateOnly(2027, 1, 1).AddDays(-i),
        }));
        var officer = await host.SignedInClientAsync(Roles.CustodyOfficer);

        var first = await officer.PageAsync($"/custody/visitors?q={word}");
        Assert.Equal("26 results, page 1 of 2", first.Text("list-count"));
        Assert.Equal($"{word} 00", Rows(first)[0][0]);
        var second = await officer.PageAsync(Next(first));
        Assert.Equal([$"{word} 25"], Rows(second).Select(r => r[0]));

        var byTerm = await officer.PageAsync($"/custody/visitors?q={word}&sort=term");
        Assert.Equal($"{word} 25", Rows(byTerm)[0][0]);
        var byStage = await officer.PageAsync($"/custody/visitors?q={word}&sort=stage");
        Assert.Equal(($"{word} 07", "Applied"), (Rows(byStage)[0][0], Rows(byStage)[0][1]));

        var applied = await officer.PageAsync($"/custody/visitors?q={word}&stage=Applied");
        Assert.Equal([$"{word} 07"], Rows(applied).Select(r => r[0]));
        var inactive = await officer.PageAsync($"/custody/visitors?q={word}&status=inactive");
        Assert.Equal([$"{word} 07", $"{word} 08"], Rows(inactive).Select(r => r[0]));
    }

    private static CustodyVisit Visit(string suite, Guid first, Guid second, DateOnly on, VisitStatus status) => new()
    {
        SuiteId = suite,
        FirstVisitorId = first,
        SecondVisitorId = second,
        VisitDate = on,
        Status = status,
        Version = 1,
    };
}
