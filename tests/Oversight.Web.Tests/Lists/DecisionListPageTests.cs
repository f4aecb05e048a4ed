using Oversight.Core.Accounts;
using Oversight.Core.Decisions;
using Oversight.Domain.Decisions;
using Oversight.TestCommon;
using Oversight.Web.Tests.Casework;
using static Oversight.Web.Tests.Lists.ListPages;

namespace Oversight.Web.Tests.Lists;

/// The public decision register and the office's decision notices on the shared list tool: search, filter by year,
/// kind and status, sort by a header and page; a draft or a withheld word never reaches the public register.
public sealed class DecisionListPageTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    [Fact]
    public async Task Register_SearchFilterSortAndPage_WithoutDraftsOrWithheldText()
    {
        var word = $"Declist{Guid.NewGuid():N}"[..14];
        await SeedAsync(word);
        var anonymous = host.Factory.CreateBrowserlessClient();

        var first = await anonymous.PageAsync($"/decisions?q={word}&sort=title");
        Assert.Equal("27 results, page 1 of 2", first.Text("list-count"));
        Assert.StartsWith($"{word} notice 00", Rows(first)[0][1], StringComparison.Ordinal);
        var second = await anonymous.PageAsync(Next(first));
        Assert.Equal([$"{word} notice 25", $"{word} notice 26"], Rows(second).Select(r => r[1][..(word.Length + 10)]));

        var newest = await anonymous.PageAsync($"/decisions?q={word}");
        Assert.StartsWith($"{word} notice 25", Rows(newest)[0][1], StringComparison.Ordinal);
        var dearest = await anonymous.PageAsync($"/decisions?q={word}&sort=amount&order=desc");
        Assert.StartsWith($"{word} notice 26", Rows(dearest)[0][1], StringComparison.Ordinal);

        var earlier = await anonymous.PageAsync($"/decisions?q={word}&year=2024-25");
        Assert.Equal([$"{word} notice 26"], Rows(earlier).Select(r => r[1][..(word.Length + 10)]));
        var precept = await anonymous.PageAsync($"/decisions?q={word}&kind=PreceptProposal");
        Assert.Equal([$"{word} notice 02"], Rows(precept).Select(r => r[1][..(word.Length + 10)]));
        Assert.Equal("PreceptProposal", ((AngleSharp.Html.Dom.IHtmlSelectElement)precept.QuerySelector("select[name=kind]")!).Value);

        var draft = await anonymous.PageAsync($"/decisions?q={word}-draft");
        Assert.Equal("No decisions match.", draft.Text("empty"));
        var withheld = await anonymous.PageAsync($"/decisions?q=withheld-{word}");
        Assert.Equal("No decisions match.", withheld.Text("empty"));
    }

    [Fact]
    public async Task OfficeNotices_ListDraftsToo_AndSearchFilterSortAndPage()
    {
        var word = $"Notlist{Guid.NewGuid():N}"[..14];
        await SeedAsync(word);
        var officer = await host.ClientForRoleAsync(Roles.GrantsOfficer);

        var first = await officer.PageAsync($"/decisions/notices?q={word}&sort=title");
        Assert.Equal("28 results, page 1 of 2", first.Text("list-count"));
        Assert.Equal($"{word} notice 00", Rows(first)[0][1]);
        var second = await officer.PageAsync(Next(first));
        Assert.Equal([$"{word} notice 25", $"{word} notice 26", $"{word}-draft"], Rows(second).Select(r => r[1]));

        var drafts = await officer.PageAsync($"/decisions/notices?q={word}&status=Draft");
        Assert.Equal([$"{word}-draft"], Rows(drafts).Select(r => r[1]));
        var byReference = await officer.PageAsync($"/decisions/notices?q={word}&sort=reference&order=desc");
        Assert.Equal($"{word}-draft", Rows(byReference)[0][1]);
        var precept = await officer.PageAsync($"/decisions/notices?q={word}&kind=PreceptProposal");
        Assert.Equal([$"{word} notice 02"], Rows(precept).Select(r => r[1]));
    }

    // 27 published notices (the 27th decided in 2024/25, the third a precept proposal, the first with withheld text)
    // and a draft.
    private Task SeedAsync(string word) => host.SeedAsync(Enumerable.Range(0, 27)
        .Select(i => Notice(word, $"{word}/{i:D2}", $"{word} notice {i:D2}", i == 2 ? DecisionType.PreceptProposal : DecisionType.GrantAward,
            NoticeStatus.Published, i == 26 ? new DateOnly(2024, 6, 1) : new DateOnly(2025, 5, 1).AddDays(i), 100m * i, i == 0 ? $"withheld-{word}" : null))
        .Append(Notice(word, $"{word}/99", $"{word}-draft", DecisionType.GrantAward, NoticeStatus.Draft, null, 1m, null)));

    private static DecisionNotice Notice(string word, string reference, string title, DecisionType type, NoticeStatus status, DateOnly? decided, decimal amount, string? exempt) => new()
    {
        SeriesId = Guid.NewGuid(),
        Reference = reference,
        Type = type,
        Status = status,
        Title = title,
        Summary = "A decision",
        DecisionMakerPost = "deputy-mayor",
        DecidedOn = decided,
        Amount = amount,
        ExemptText = exempt,
        ExemptCategory = exempt is null ? null : 3,
        SourceType = "Test",
        SourceId = word,
        CreatedBy = "Test",
        CreatedAt = new DateTimeOffset(2025, 5, 1, 9, 0, 0, TimeSpan.Zero),
    };
}
