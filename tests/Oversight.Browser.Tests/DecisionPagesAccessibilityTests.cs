namespace Oversight.Browser.Tests;

/// The public decision register and forward plan, and the office's notices and publications, on the narrowest phone: no axe
/// violations, nothing wider than 320 px.
public class DecisionPagesAccessibilityTests(BrowserHost host)
{
    [Theory]
    [InlineData("/decisions", false)]
    [InlineData("/decisions?Year=2024-25&Kind=GrantAward", false)]
    [InlineData("/decisions/forward-plan", false)]
    [InlineData("/decisions/notices", true)]
    [InlineData("/publications", true)]
    public async Task Page_At320Pixels_HasNoAccessibilityViolationsAndReflows(string url, bool signedIn)
    {
        var page = await host.NewPageAsync(320);
        if (signedIn)
        {
            await page.SignInAsync(BrowserHost.LeadershipEmail, BrowserHost.Password);
        }

        var response = await page.GotoAsync(url);

        Assert.Equal(200, response?.Status);
        await page.AssertNoAxeViolationsAsync();
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 320, $"{url} is wider than 320 px");
    }
}
