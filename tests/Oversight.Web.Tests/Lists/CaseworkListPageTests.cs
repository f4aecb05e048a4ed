using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Accounts;
using Oversight.Core.Casework;
using Oversight.Core.Casework.Enquiries;
using Oversight.Core.Casework.Reviews;
using Oversight.Core.Data;
using Oversight.TestCommon;
using Oversight.Web.Tests.Casework;

namespace Oversight.Web.Tests.Lists;

/// The shared list tool through HTTP on the complaint reviews list and the enquiries queue: search, filter, sort by
/// a header link and page, each a link carrying the others, on a clock fixed at Monday 1 February 2027.
public sealed class CaseworkListPageTests(SqliteClockHost host) : IClassFixture<SqliteClockHost>
{
    private static readonly DateOnly Today = new(2027, 2, 1);

    [Fact]
    public async Task Reviews_SearchSortFilterAndPage()
    {
        await SeedAsync(Enumerable.Range(0, 27).Select(i => Review($"Lee Listpage {i:D2}", new DateOnly(2026, 12, 1).AddDays(i), decided: i == 4)));
        var officer = await host.SignInOnAsync(await host.CreateUserAsync(Roles.CaseworkOfficer), Today);

        var first = await officer.PageAsync("/casework/reviews?q=LISTPAGE&sort=applicant");
        Assert.Equal("27 results, page 1 of 2", first.Text("list-count"));
        Assert.Equal(25, Rows(first).Count);
        Assert.StartsWith("Lee Listpage 00", Rows(first)[0][1], StringComparison.Ordinal);
        var applicant = first.QuerySelector("th[aria-sort]")!;
        Assert.Equal(("ascending", "Applicant"), (applicant.GetAttribute("aria-sort"), applicant.TextContent.Trim().TrimEnd('▲', ' ')));
        var reverse = applicant.QuerySelector("a")!.GetAttribute("href")!;
        Assert.Contains("order=desc", reverse, StringComparison.Ordinal);
        var next = first.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        Assert.Contains("q=LISTPAGE", next, StringComparison.Ordinal);

        var second = await officer.PageAsync(next);
        Assert.Equal(["Lee Listpage 25", "Lee Listpage 26"], Rows(second).Select(r => r[1]));

        var descending = await officer.PageAsync(reverse);
        Assert.Equal("Lee Listpage 26", Rows(descending)[0][1]);
        Assert.Equal("descending", descending.QuerySelector("th[aria-sort]")!.GetAttribute("aria-sort"));

        var decided = await officer.PageAsync("/casework/reviews?q=listpage&status=decided");
        Assert.Equal(["Lee Listpage 04"], Rows(decided).Select(r => r[1]));
        Assert.Equal("decided", ((IHtmlSelectElement)decided.QuerySelector("select[name=status]")!).Value);

        var none = await officer.PageAsync("/casework/reviews?q=nobody-by-this-name");
        Assert.Equal("No reviews match.", none.Text("empty"));
    }

    [Fact]
    public async Task EnquiryQueue_ShowsNameSubjectAndDaysOverdue_AndSearchesSortsFiltersAndPages()
    {
        await SeedAsync(Enumerable.Range(0, 26).Select(i => Enquiry($"Mo Queuepage {i:D2}", i == 2 ? "Anti-social behaviour" : "Other", dueOn: Today.AddDays(i - 3))));
        var officer = await host.SignInOnAsync(await host.CreateUserAsync(Roles.CaseworkOfficer), Today);

        var first = await officer.PageAsync("/casework/enquiries?queue=all&q=queuepage");
        Assert.Equal("26 results, page 1 of 2", first.Text("list-count"));
        var top = Rows(first)[0];
        Assert.Equal(("Mo Queuepage 00", "Other"), (top[1], top[2]));
        Assert.Contains("3 days overdue", top[5], StringComparison.Ordinal);
        Assert.Contains("Due today", Rows(first)[3][5], StringComparison.Ordinal);

        var byName = await officer.PageAsync("/casework/enquiries?queue=all&q=queuepage&sort=name&order=desc&p=2");
        Assert.Equal(["Mo Queuepage 00"], Rows(byName).Select(r => r[1]));

        var filtered = await officer.PageAsync("/casework/enquiries?queue=all&q=queuepage&category=Anti-social+behaviour");
        Assert.Equal(["Mo Queuepage 02"], Rows(filtered).Select(r => r[1]));
        Assert.Equal("all", ((IHtmlInputElement)filtered.QuerySelector("form[role=search] input[name=queue]")!).Value);

        var mine = await officer.PageAsync("/casework/enquiries?queue=mine&q=queuepage");
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync(new Uri("/casework/enquiries?queue=mine&sort=nonsense&p=99", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal("0 results", mine.Text("list-count"));
    }

    private static List<string[]> Rows(IHtmlDocument page) =>
        page.QuerySelectorAll("tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();

    private async Task SeedAsync(IEnumerable<object> records)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OversightDbContext>();
        db.AddRange(records);
        await db.SaveChangesAsync();
    }

    private static ComplaintReview Review(string name, DateOnly received, bool decided) => new()
    {
        Reference = CaseReference.New("CR", received),
        ReceivedOn = received,
        Channel = ContactChannel.Letter,
        Applicant = new CasePerson { Name = name },
        ForceReference = "CO/1/26",
        AppropriateAuthority = "West Yorkshire Police",
        OutcomeGivenOn = received.AddDays(-5),
        DueOn = received.AddDays(56),
        Decision = decided ? ReviewDecision.NotUpheld : null,
        DecidedOn = decided ? received.AddDays(20) : null,
    };

    private static Enquiry Enquiry(string name, string category, DateOnly dueOn) => new()
    {
        Reference = CaseReference.New("ENQ", dueOn.AddDays(-14)),
        ReceivedOn = dueOn.AddDays(-14),
        Channel = ContactChannel.Email,
        Person = new CasePerson { Name = name },
        Category = category,
        DueOn = dueOn,
        Status = EnquiryStatus.New,
    };
}
