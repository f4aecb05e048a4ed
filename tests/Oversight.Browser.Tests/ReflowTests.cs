using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Oversight.Core.Demo;

namespace Oversight.Browser.Tests;

/// WCAG 2.2 1.4.10 Reflow over the whole site with the demo loaded: anonymously and then as each demo role, the
/// test follows every link from the home page (breadth first) at 320 CSS px and fails on any page whose document is
/// wider than the viewport. Pages differing only in their ids are visited once, and at most two pages below the
/// same parent (two measures, not all 85), so the crawl covers every kind of page in minutes.
public sealed partial class ReflowTests(BrowserHost host, DemoApp demo) : IClassFixture<DemoApp>
{
    private const int Width = 320;

    // Anonymous first (empty), then each role's demo account.
    private static readonly string[] Accounts =
    [
        "", "casework@demo.oversight.test", "analyst@demo.oversight.test", "deputy-mayor@demo.oversight.test", "grants@demo.oversight.test",
        "custody@demo.oversight.test", "volunteer@demo.oversight.test", "partner@demo.oversight.test", "panel@demo.oversight.test",
        "applicant@demo.oversight.test", "admin@demo.oversight.test",
    ];

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", RegexOptions.IgnoreCase)]
    private static partial Regex Guid();

    [GeneratedRegex(@"^/(api|openapi|health|sign-out)(/|$)|\.(csv|pdf|json|xlsx|zip|txt|png|svg)$")]
    private static partial Regex NotAPage();

    [Fact]
    public async Task EveryPage_At320Pixels_HasNoHorizontalScrolling()
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var perParent = new Dictionary<string, int>(StringComparer.Ordinal);
        var wide = new List<string>();
        var pages = 0;
        foreach (var account in Accounts)
        {
            var context = await host.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = demo.BaseUrl, ViewportSize = new ViewportSize { Width = Width, Height = 800 } });
            context.SetDefaultTimeout(90_000);
            var page = await context.NewPageAsync();
            if (account.Length > 0)
            {
                await page.SignInAsync(account, DemoData.Password);
            }

            var queue = new Queue<string>(["/"]);
            while (queue.TryDequeue(out var path))
            {
                var key = Guid().Replace(path.Split('?')[0], "{id}");
                // Each account's home page is its own; below it, a page seen by one account is not visited again.
                var parent = key[..key.LastIndexOf('/')];
                var seen = key == "/" ? !visited.Add(account + key) : !visited.Add(account.Length == 0 ? "anonymous " + key : key);
                if (seen || (parent.Length > 0 && perParent.GetValueOrDefault(parent) >= 2))
                {
                    continue;
                }

                perParent[parent] = perParent.GetValueOrDefault(parent) + 1;
                IResponse? response;
                try
                {
                    response = await page.GotoAsync(path);
                }
                catch (PlaywrightException e) when (e.Message.Contains("Download is starting", StringComparison.Ordinal))
                {
                    continue;
                }

                if (response is null || !(await response.HeaderValueAsync("content-type") ?? "").StartsWith("text/html", StringComparison.Ordinal))
                {
                    continue;
                }

                pages++;
                var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
                if (width > Width)
                {
                    // The deepest elements reaching past the viewport, to say what to fix.
                    var culprits = await page.EvaluateAsync<string[]>("""
                        [...document.body.querySelectorAll('*')]
                          .filter(e => !e.closest('.app-table-scroll') && e.getBoundingClientRect().right > innerWidth + 1 && ![...e.children].some(c => c.getBoundingClientRect().right > innerWidth + 1))
                          .slice(0, 3).map(e => e.tagName.toLowerCase() + (e.className && e.className.baseVal === undefined ? '.' + e.className.trim().split(/\s+/).join('.') : ''))
                        """);
                    wide.Add($"{path} ({(account.Length == 0 ? "anonymous" : account)}): {width} px, {string.Join(", ", culprits)}");
                }

                foreach (var link in await page.EvaluateAsync<string[]>("[...document.querySelectorAll('a[href]')].filter(a => a.origin === location.origin).map(a => a.pathname + a.search)"))
                {
                    if (!NotAPage().IsMatch(link.Split('?')[0]))
                    {
                        queue.Enqueue(link);
                    }
                }
            }

            await context.CloseAsync();
        }

        Assert.True(pages > 100, $"The crawl reached only {pages} pages");
        Assert.True(wide.Count == 0, $"{wide.Count} of {pages} pages scroll sideways at {Width} px:\n{string.Join("\n", wide)}");
    }
}
