namespace Oversight.Browser.Tests;

/// The forgotten-password and two-factor pages on the narrowest phone: no axe violations, nothing wider than 320 px.
public class AccountPagesAccessibilityTests(BrowserHost host)
{
    [Theory]
    [InlineData("/forgot-password", false)]
    [InlineData("/reset-password?user=nobody&token=expired", false)]
    [InlineData("/account/two-factor", true)]
    public async Task Page_At320Pixels_HasNoAccessibilityViolationsAndReflows(string url, bool signedIn)
    {
        var page = await host.NewPageAsync(320);
        if (signedIn)
        {
            await page.SignInAsync(BrowserHost.AnalystEmail, BrowserHost.Password);
        }

        var response = await page.GotoAsync(url);

        Assert.Equal(200, response?.Status);
        await page.AssertNoAxeViolationsAsync();
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 320, $"{url} is wider than 320 px");
    }
}
