using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Domain.Plan;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Public;

/// The home page is the office's public site: an anonymous visitor reaches every public page by following links.
public abstract class FrontDoorTests(HostFixture host)
{
    private static readonly string[] PublicPages =
    [
        "/contact", "/surgeries", "/complaint-reviews/performance", "/complaint-reviews/apply", "/funding/register", "/funding/open-data", "/plan", "/reports", "/annual-report",
        "/custody-and-justice", "/meetings", "/scrutiny-panels/minutes", "/accessibility", "/privacy", "/cookies",
    ];

    [Fact]
    public async Task Crawl_AnonymousFromHome_ReachesEveryPublicPageAndEveryLinkAnswers()
    {
        // Arrange
        var client = host.Factory.CreateBrowserlessClient();
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var queue = new Queue<string>(["/"]);
        var broken = new List<string>();

        // Act: follow every same-site link, reading only HTML pages, up to a bound a public site stays well under.
        while (queue.TryDequeue(out var path) && seen.Count < 400)
        {
            var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                broken.Add($"{path} {(int)response.StatusCode}");
                continue;
            }

            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var document = await response.GetDocumentAsync();
            foreach (var href in document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                var target = href.Split('#')[0];
                // Downloads (PDF, CSV, JSON) are not pages; their own tests cover them.
                if (target.StartsWith('/') && !target.StartsWith("//", StringComparison.Ordinal) && !Path.HasExtension(target.Split('?')[0]) && seen.Add(target))
                {
                    queue.Enqueue(target);
                }
            }
        }

        // Assert
        Assert.Empty(broken);
        Assert.All(PublicPages, page => Assert.Contains(page, seen));
    }

    [Theory]
    [InlineData("/privacy", "Privacy notice")]
    [InlineData("/cookies", "Cookies")]
    public async Task FooterPage_Anonymous_NamesTheOfficeFromConfiguration(string path, string heading)
    {
        // Act
        var document = await (await host.Factory.CreateBrowserlessClient().GetAsync(path, TestContext.Current.CancellationToken)).GetDocumentAsync();

        // Assert
        Assert.Equal(heading, document.QuerySelector("h1")?.TextContent);
        Assert.Contains(host.Factory.Services.GetRequiredService<PoliceAndCrimePlan>().Office, document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}

public sealed class FrontDoorTestsOnSqlite(SqliteHost host) : FrontDoorTests(host);

public sealed class FrontDoorTestsOnPostgres(PostgresHost host) : FrontDoorTests(host);
