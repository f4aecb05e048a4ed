using Microsoft.Playwright;

namespace Oversight.Browser.Tests;

public class PartnershipJourneyTests(BrowserHost host)
{
    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task Partner_PicksAMeasure_SeesChartAndTableWithNoAccessibilityViolations(int width)
    {
        var page = await host.NewPageAsync(width);
        await page.SignInAsync(BrowserHost.PartnerEmail, BrowserHost.Password);
        await page.GotoAsync("/partnership");
        await page.AssertNoAxeViolationsAsync();

        // A partner lands on their measures' latest values; the choices are folded away until opened.
        var choose = page.GetByTestId("choose");
        if (await choose.GetAttributeAsync("open") is null)
        {
            await choose.Locator("summary").ClickAsync();
        }

        await page.GetByLabel("Possession of weapons").CheckAsync();
        await page.GetByLabel("Area").SelectOptionAsync("leeds");
        await page.GetByRole(AriaRole.Group, new() { Name = "First month" }).GetByLabel("Month").FillAsync("8");
        await page.GetByRole(AriaRole.Group, new() { Name = "First month" }).GetByLabel("Year").FillAsync("2022");
        await page.GetByRole(AriaRole.Group, new() { Name = "Last month" }).GetByLabel("Month").FillAsync("7");
        await page.GetByRole(AriaRole.Group, new() { Name = "Last month" }).GetByLabel("Year").FillAsync("2025");
        await page.GetByTestId("show").ClickAsync();

        var series = page.GetByTestId("series-possession-of-weapons");
        await Assertions.Expect(series.GetByRole(AriaRole.Img, new() { Name = "Statistical process control chart" })).ToBeVisibleAsync();
        Assert.Equal(36, await series.Locator("[data-testid=point]").CountAsync());
        Assert.Contains("export.csv?measures=possession-of-weapons", await page.GetByTestId("export-link").GetAttributeAsync("href"), StringComparison.Ordinal);
        await page.AssertNoAxeViolationsAsync();
    }

    [Fact]
    public async Task Partner_WithAnErrorInTheSelection_SeesTheErrorSummaryWithNoAccessibilityViolations()
    {
        var page = await host.NewPageAsync();
        await page.SignInAsync(BrowserHost.PartnerEmail, BrowserHost.Password);
        await page.GotoAsync("/partnership?area=leeds&from-month=13&from-year=2024&to-month=1&to-year=2025");

        Assert.Contains("Select at least one measure", await page.Locator(".govuk-error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertNoAxeViolationsAsync();
    }
}
