using Microsoft.Playwright;

namespace Oversight.Browser.Tests.Funding;

/// Grants staff set up a round and commission a victims' service through the pages, with no accessibility violations.
public sealed class GrantsStaffPagesTests(BrowserHost host)
{
    [Fact]
    public async Task GrantsOfficer_SetsUpRoundsAndCommissionsServices_WithNoAccessibilityViolations()
    {
        var page = await host.NewPageAsync();
        await page.SignInAsync(await host.CreateGrantsOfficerAsync(), BrowserHost.Password);

        await page.GotoAsync("/funding/rounds");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Set up a round" }).ClickAsync();
        Assert.Contains("copied from Grant Round 8", await page.GetByTestId("copied").InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the round" }).ClickAsync();
        Assert.Contains("Enter the round's name, like Grant Round 8", await page.Locator(".govuk-error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertNoAxeViolationsAsync();

        await page.GotoAsync("/funding/victims/providers/new");
        await page.GetByLabel("Name").FillAsync("Calder Survivors' Network");
        await page.GetByLabel("Voluntary, community or social enterprise").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the provider" }).ClickAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a contract" }).ClickAsync();
        await page.GetByLabel("Financial year").FillAsync("2024-25");
        await page.GetByLabel("Value, in pounds").FillAsync("98000");
        await page.Locator("#Starts").FillAsync("1");
        await page.Locator("#Starts-Month").FillAsync("4");
        await page.Locator("#Starts-Year").FillAsync("2024");
        await page.Locator("#Ends").FillAsync("31");
        await page.Locator("#Ends-Month").FillAsync("3");
        await page.Locator("#Ends-Year").FillAsync("2025");
        await page.GetByLabel("Sexual violence").CheckAsync();
        await page.GetByLabel("Services it pays for, one on each line").FillAsync("Independent sexual violence advocacy for adults");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the contract" }).ClickAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send a return" }).ClickAsync();
        await page.GetByLabel("2024-25 Q1").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the return" }).ClickAsync();
        Assert.Contains("Enter the number of female victims, or 0 if there were none", await page.Locator(".govuk-error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertNoAxeViolationsAsync();
    }
}
