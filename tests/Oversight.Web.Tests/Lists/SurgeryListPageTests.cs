using Oversight.Core.Accounts;
using Oversight.Core.Casework.Surgeries;
using Oversight.TestCommon;
using Oversight.Web.Tests.Casework;
using static Oversight.Web.Tests.Lists.ListPages;

namespace Oversight.Web.Tests.Lists;

/// The office's list of surgeries on the shared list tool, on a clock fixed at Monday 1 February 2027: search by
/// place, filter by upcoming or past, year and online, sort by a header and page.
public sealed class SurgeryListPageTests(SqliteClockHost host) : IClassFixture<SqliteClockHost>
{
    private static readonly DateOnly Today = new(2027, 2, 1);

    [Fact]
    public async Task Surgeries_SearchFilterSortAndPage()
    {
        var word = $"Surlist{Guid.NewGuid():N}"[..14];
        // 20 past (the first in 2025/26), 6 from today on; the sixth online.
        await host.SeedAsync(Enumerable.Range(0, 26).Select(i => new Surgery
        {
            On = i == 0 ? new DateOnly(2025, 6, 1) : i < 20 ? new DateOnly(2026, 12, 1).AddDays(i) : Today.AddDays(i - 20),
            Place = $"{word} hall {i:D2}",
            Online = i == 5,
            StartsAt = new TimeOnly(10, 0),
            Slots = 8,
        }));
        var officer = await host.SignInOnAsync(await host.CreateUserAsync(Roles.CaseworkOfficer), Today);

        var first = await officer.PageAsync($"/casework/surgeries?q={word}&sort=place");
        Assert.Equal("26 results, page 1 of 2", first.Text("list-count"));
        Assert.Equal($"{word} hall 00", Rows(first)[0][1]);
        var second = await officer.PageAsync(Next(first));
        Assert.Equal([$"{word} hall 25"], Rows(second).Select(r => r[1]));
        var reversed = await officer.PageAsync($"/casework/surgeries?q={word}&sort=place&order=desc");
        Assert.Equal($"{word} hall 25", Rows(reversed)[0][1]);

        var latest = await officer.PageAsync($"/casework/surgeries?q={word}");
        Assert.StartsWith("6 February 2027", Rows(latest)[0][0], StringComparison.Ordinal);

        var upcoming = await officer.PageAsync($"/casework/surgeries?q={word}&when=upcoming");
        Assert.Equal("6 results", upcoming.Text("list-count"));
        var online = await officer.PageAsync($"/casework/surgeries?q={word}&how=online");
        Assert.Equal([$"Online: {word} hall 05"], Rows(online).Select(r => r[1]));
        var earlier = await officer.PageAsync($"/casework/surgeries?q={word}&year=2025");
        Assert.Equal([$"{word} hall 00"], Rows(earlier).Select(r => r[1]));
    }
}
