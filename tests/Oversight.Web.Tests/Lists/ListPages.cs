using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Data;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Lists;

/// Reading a list page on the shared list tool: its rows' cells, and seeding the records it lists.
public static class ListPages
{
    /// Each body row's cells' text, row header cells included, in order.
    public static List<string[]> Rows(IHtmlDocument page) =>
        page.QuerySelectorAll("tbody tr").Select(tr => tr.QuerySelectorAll("th, td").Select(td => td.TextContent.Trim()).ToArray()).ToList();

    /// The href of the link to the next page.
    public static string Next(IHtmlDocument page) => page.QuerySelector("a[rel=next]")!.GetAttribute("href")!;

    public static async Task SeedAsync(this HostFixture host, IEnumerable<object> records)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OversightDbContext>();
        db.AddRange(records);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
