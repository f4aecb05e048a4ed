using Microsoft.Playwright;

namespace Oversight.Browser.Tests;

public class JourneyTests(BrowserHost host)
{
    [Fact]
    public async Task SignIn_ThenHomeAndPlan_ShowTheirContentWithNoAccessibilityViolations()
    {
        var page = await host.NewPageAsync();

        await page.GotoAsync("/sign-in");
        await page.AssertNoAxeViolationsAsync();
        await page.SignInAsync(BrowserHost.AdminEmail, BrowserHost.Password);

        Assert.Contains("Welcome, Browser Admin", await page.GetByTestId("welcome").InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertNoAxeViolationsAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Police and Crime Plan" }).First.ClickAsync();
        Assert.Equal("Police and Crime Plan 2024–28", await page.Locator("h1").InnerTextAsync());
        Assert.Equal(7, await page.GetByTestId("theme").CountAsync());
        await page.AssertNoAxeViolationsAsync();
    }

    [Fact]
    public async Task SignIn_WithNoPassword_ShowsTheErrorSummaryAndFocusesIt()
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync("/sign-in");

        await page.GetByLabel("Email address").FillAsync(BrowserHost.AdminEmail);
        await page.GetByTestId("sign-in").ClickAsync();

        var summary = page.Locator(".govuk-error-summary");
        Assert.Contains("Enter your password", await summary.InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertNoAxeViolationsAsync();
    }

    [Theory]
    [InlineData("/", false)]
    [InlineData("/plan", false)]
    [InlineData("/plan/measures/homicide", false)]
    [InlineData("/accessibility", false)]
    [InlineData("/reports", false)]
    [InlineData("/reports/2023-24-q4", false)]
    [InlineData("/no-such-page", false)]
    [InlineData("/", true)]
    [InlineData("/performance", true)]
    [InlineData("/performance?area=leeds", true)]
    [InlineData("/performance/measures/total-crime?area=leeds", true)]
    [InlineData("/performance/measures/homicide", true)]
    [InlineData("/performance/police-data", true)]
    [InlineData("/performance/police-data/upload", true)]
    [InlineData("/admin", true)]
    [InlineData("/admin/users", true)]
    [InlineData("/admin/users/new", true)]
    [InlineData("/admin/organisations", true)]
    [InlineData("/admin/audit", true)]
    [InlineData("/admin/outbox", true)]
    [InlineData("/admin/agreements", true)]
    [InlineData("/admin/agreements/new", true)]
    [InlineData("/data", true)]
    [InlineData("/data/measures/homicide", true)]
    [InlineData("/data/measures/homicide/upload", true)]
    [InlineData("/data/measures/homicide/values/new", true)]
    [InlineData("/partnership", true)]
    [InlineData("/performance/reports", true)]
    [InlineData("/performance/reports/{published-report}", true)]
    [InlineData("/partnership?measures=homicide&measures=total-crime&area=leeds&from-month=8&from-year=2022&to-month=7&to-year=2025", true)]
    public async Task Page_OnAPhoneAndADesktop_HasNoAccessibilityViolations(string path, bool signedIn)
    {
        foreach (var width in new[] { 375, 1280 })
        {
            var page = await host.NewPageAsync(width);
            if (signedIn)
            {
                await page.SignInAsync(BrowserHost.AdminEmail, BrowserHost.Password);
            }

            await page.GotoAsync(path.Replace("{published-report}", host.PublishedReportId.ToString(), StringComparison.Ordinal));
            await page.AssertNoAxeViolationsAsync();
        }
    }

    [Fact]
    public async Task Navigation_ByKeyboardAlone_ReachesThePlan()
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync("/");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        // Tab from the top: the skip link comes first, and the plan link is reached within the header.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to main content", await FocusedTextAsync(page));
        var tabs = 1;
        while (await FocusedTextAsync(page) != "Police and Crime Plan" && tabs++ < 10)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Equal("Police and Crime Plan", await FocusedTextAsync(page));
        Assert.Equal("/plan", await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')"));
        // With every test project running at once on two cores, this step has timed out now and then (three times in
        // many full runs, never alone). The address is polled rather than the load event awaited (see SignInAsync);
        // if it has not moved after 20 s the focus is checked and Enter pressed once more, so the test still fails
        // if Enter never follows the link.
        await page.Keyboard.PressAsync("Enter");
        try
        {
            await page.WaitForAddressAsync("/plan$", timeout: 20_000);
        }
        catch (PlaywrightException)
        {
            Assert.Equal("/plan", await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')"));
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForAddressAsync("/plan$");
        }

        Assert.Equal("Police and Crime Plan 2024–28", await page.Locator("h1").InnerTextAsync());
    }

    private static Task<string> FocusedTextAsync(IPage page) =>
        page.EvaluateAsync<string>("document.activeElement.textContent.trim().replace(/\\s+/g, ' ')");
}
