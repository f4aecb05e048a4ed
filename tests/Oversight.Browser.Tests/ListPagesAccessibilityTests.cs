using Microsoft.Playwright;
using Oversight.Core.Demo;

namespace Oversight.Browser.Tests;

/// The long lists on the shared list tool, and the #18 public pages and year pickers, filled with the demo up to today
/// and signed in as the role that uses each: no axe violations at 320 px and nothing wider than the phone; a sorted,
/// filtered list keeps its query in the page links; an administrator's menu fits one row at 1280 px.
public sealed class ListPagesAccessibilityTests(BrowserHost host, DemoApp demo) : IClassFixture<DemoApp>
{
    [Theory]
    [InlineData("volunteer", "/custody-visits")]
    [InlineData("custody", "/custody-visits?status=submitted&sort=pair&order=desc")]
    [InlineData("custody", "/custody/visitors?status=active")]
    [InlineData("", "/decisions")]
    [InlineData("", "/decisions?year=2024-25&kind=GrantAward&sort=amount&order=desc")]
    [InlineData("deputy-mayor", "/decisions/notices?sort=status")]
    [InlineData("deputy-mayor", "/accountability/meetings?body=quarterly-governance")]
    [InlineData("casework", "/casework/surgeries?when=past")]
    [InlineData("admin", "/admin/users?role=GrantsOfficer")]
    [InlineData("admin", "/admin/outbox?sort=subject")]
    [InlineData("grants", "/funding/applications?stage=approved&sort=round")]
    [InlineData("", "/complaint-reviews/apply")]
    [InlineData("", "/annual-report")]
    [InlineData("analyst", "/performance/measures/knife-crime")]
    public async Task List_At320Pixels_HasNoAccessibilityViolationsAndReflows(string account, string url)
    {
        var page = await PageAsync(account, 320);

        var response = await page.GotoAsync(url);

        Assert.Equal(200, response?.Status);
        await page.AssertNoAxeViolationsAsync();
        Assert.True(await page.EvaluateAsync<int>("document.scrollingElement.scrollWidth") <= 320, $"{url} is wider than 320 px");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task CustodyVisits_PagedAndSorted_KeepTheQueryOnTheNextPage()
    {
        var page = await PageAsync("custody", 1280);
        await page.GotoAsync("/custody-visits");

        await page.GetByRole(AriaRole.Link, new() { Name = "Pair" }).ClickAsync();
        await page.WaitForAddressAsync("sort=pair");
        await page.Locator("a[rel=next]").ClickAsync();

        await page.WaitForAddressAsync("p=2");
        Assert.Contains("sort=pair", page.Url, StringComparison.Ordinal);
        Assert.Equal("ascending", await page.Locator("th[aria-sort]").GetAttributeAsync("aria-sort"));
        Assert.Matches("page 2 of [0-9]+", await page.GetByTestId("list-count").InnerTextAsync());
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("", "/custody-and-justice")]
    [InlineData("custody", "/justice")]
    public async Task YearPicker_ChoosingAnEarlierYear_ShowsThatYear(string account, string url)
    {
        var page = await PageAsync(account, 320);
        await page.GotoAsync(url);
        var picker = page.GetByTestId("year-picker").Locator("select");
        var years = await picker.Locator("option").EvaluateAllAsync<string[]>("options => options.map(o => o.value)");
        Assert.True(years.Length > 1, $"{url} offers {years.Length} year");

        await picker.SelectOptionAsync(years[^1]);
        await page.GetByTestId("year-picker").GetByRole(AriaRole.Button).ClickAsync();

        await page.WaitForAddressAsync("year=" + years[^1]);
        Assert.Equal(years[^1], await page.GetByTestId("year-picker").Locator("select").InputValueAsync());
        await page.AssertNoAxeViolationsAsync();
        Assert.True(await page.EvaluateAsync<int>("document.scrollingElement.scrollWidth") <= 320, $"{url} is wider than 320 px");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AdministratorsMenu_At1280Pixels_FitsOneRow()
    {
        var page = await PageAsync("admin", 1280);
        await page.GotoAsync("/admin/users");

        var tops = await page.Locator("#navigation > li").EvaluateAllAsync<double[]>("items => items.map(li => Math.round(li.getBoundingClientRect().top))");

        Assert.Equal(8, tops.Length);
        Assert.Single(tops.Distinct());
        await page.Context.CloseAsync();
    }

    private async Task<IPage> PageAsync(string account, int width)
    {
        var context = await host.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = demo.BaseUrl, ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        context.SetDefaultTimeout(90_000);
        var page = await context.NewPageAsync();
        if (account.Length > 0)
        {
            await page.SignInAsync($"{account}@demo.oversight.test", DemoData.Password);
        }

        return page;
    }
}
