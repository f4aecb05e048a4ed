using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Oversight.Browser.Tests;

public static class PageExtensions
{
    private static readonly AxeRunOptions WcagAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    public static async Task SignInAsync(this IPage page, string email, string password)
    {
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByTestId("sign-in").ClickAsync();
        // The header's sign-out form, not the load event: on a starved CI machine Chromium has once committed the
        // page after sign-in and never reported its load, so WaitForURL timed out with the user signed in.
        await Assertions.Expect(page.GetByTestId("sign-out")).ToBeAttachedAsync();
    }

    /// Waits until the address matches, polling it rather than waiting for the load event (see SignInAsync);
    /// what a test does next waits for its own elements.
    public static Task WaitForAddressAsync(this IPage page, string pattern, float? timeout = null) =>
        Assertions.Expect(page).ToHaveURLAsync(new Regex(pattern), new() { Timeout = timeout });

    /// Fails listing each WCAG 2.2 AA violation axe-core finds on the page as it stands.
    public static async Task AssertNoAxeViolationsAsync(this IPage page)
    {
        var result = await page.RunAxe(WcagAA);
        var violations = result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))})").ToList();
        Assert.True(violations.Count == 0, $"{page.Url}:\n{string.Join("\n", violations)}");
    }
}
