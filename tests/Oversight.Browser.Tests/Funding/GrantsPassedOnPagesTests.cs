namespace Oversight.Browser.Tests.Funding;

/// The Community Safety Fund, Safer Streets and returns pages on the narrowest phone: no axe violations, nothing
/// wider than 320 px.
public class GrantsPassedOnPagesTests(BrowserHost host)
{
    [Theory]
    [InlineData("/funding/community-safety-fund")]
    [InlineData("/funding/community-safety-fund/new")]
    [InlineData("/funding/safer-streets")]
    [InlineData("/funding/safer-streets/projects/new")]
    [InlineData("/funding/safer-streets/claims/new")]
    [InlineData("/funding/returns")]
    public async Task Page_At320Pixels_HasNoAccessibilityViolationsAndReflows(string url)
    {
        var page = await host.NewPageAsync(320);
        await page.SignInAsync(BrowserHost.AdminEmail, BrowserHost.Password);

        await page.GotoAsync(url);

        await page.AssertNoAxeViolationsAsync();
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 320, $"{url} is wider than 320 px");
    }
}
