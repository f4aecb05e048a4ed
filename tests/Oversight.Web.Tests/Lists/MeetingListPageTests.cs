using Oversight.Core.Accountability.Bodies;
using Oversight.Core.Accountability.Meetings;
using Oversight.Core.Accounts;
using Oversight.TestCommon;
using Oversight.Web.Tests.Casework;
using static Oversight.Web.Tests.Lists.ListPages;

namespace Oversight.Web.Tests.Lists;

/// The staff list of meetings on the shared list tool: a financial year always chosen, search, filter by body, sort
/// by a header and page; a volunteer may not open it.
public sealed class MeetingListPageTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    [Fact]
    public async Task Meetings_SearchFilterSortAndPage_WithinAYear()
    {
        var word = $"Mtglist{Guid.NewGuid():N}"[..14];
        var board = new Body { Key = $"{word.ToLowerInvariant()}-board", Name = $"{word} board", Kind = BodyKind.Board, CountsAs = "Boards" };
        var panel = new Body { Key = $"{word.ToLowerInvariant()}-panel", Name = $"{word} panel", Kind = BodyKind.Panel, CountsAs = "Panels" };
        await host.SeedAsync([board, panel]);
        await host.SeedAsync(Enumerable.Range(0, 27).Select(i => new Meeting
        {
            TypeId = i == 4 ? panel.Key : board.Key,
            Title = $"{word} meeting {i:D2}",
            Date = i == 26 ? new DateOnly(2024, 7, 1) : new DateOnly(2025, 5, 1).AddDays(i),
        }));
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);

        var first = await analyst.PageAsync($"/accountability/meetings?year=2025-26&q={word}&sort=title");
        Assert.Equal("26 results, page 1 of 2", first.Text("list-count"));
        Assert.Equal($"{word} meeting 00", Rows(first)[0][1]);
        Assert.Contains("year=2025-26", Next(first), StringComparison.Ordinal);
        var second = await analyst.PageAsync(Next(first));
        Assert.Equal([$"{word} meeting 25"], Rows(second).Select(r => r[1]));

        var latest = await analyst.PageAsync($"/accountability/meetings?year=2025-26&q={word}");
        Assert.Equal(("26 May 2025", $"{word} meeting 25"), (Rows(latest)[0][0], Rows(latest)[0][1]));
        var byBody = await analyst.PageAsync($"/accountability/meetings?year=2025-26&q={word}&sort=body&order=desc");
        Assert.Equal($"{word} panel", Rows(byBody)[0][2]);

        var panelOnly = await analyst.PageAsync($"/accountability/meetings?year=2025-26&q={word}&body={panel.Key}");
        Assert.Equal([$"{word} meeting 04"], Rows(panelOnly).Select(r => r[1]));
        var earlier = await analyst.PageAsync($"/accountability/meetings?year=2024-25&q={word}");
        Assert.Equal([$"{word} meeting 26"], Rows(earlier).Select(r => r[1]));
        Assert.Equal("2024-25", ((AngleSharp.Html.Dom.IHtmlSelectElement)earlier.QuerySelector("select[name=year]")!).Value);

        var volunteer = await host.ClientForRoleAsync(Roles.Volunteer);
        var refused = await volunteer.GetAsync(new Uri($"/accountability/meetings?q={word}", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.StartsWith("http://localhost/access-denied", refused.Headers.Location?.ToString(), StringComparison.Ordinal);
    }
}
