using Microsoft.Playwright;

namespace Oversight.Browser.Tests;

/// An analyst on the narrowest phone enters a statistic another body published, is told which field is wrong, then
/// corrects it. Every page: no axe violations, nothing wider than 320 px.
public class CitedStatisticJourneyTests(BrowserHost host)
{
    private static readonly PageGetByLabelOptions Exact = new() { Exact = true };

    [Fact]
    public async Task CitedStatistic_EnteredOnAPhone_NamesTheBadFieldThenListsItsSource()
    {
        var page = await host.NewPageAsync(320);
        await page.SignInAsync(BrowserHost.AnalystEmail, BrowserHost.Password);
        await page.GotoAsync("/annual-reports/cited-statistics");
        await AssertReflowsAsync(page);

        await page.GetByTestId("new-statistic").ClickAsync();
        await page.GetByLabel("Reference", Exact).FillAsync("detentions-browser");
        await page.GetByLabel("What the statistic measures").FillAsync("People detained in police custody, West Yorkshire");
        await page.GetByLabel("Value", Exact).FillAsync("51576");
        await page.GetByLabel("A number of things").CheckAsync();
        await page.GetByLabel("Period it covers").FillAsync("April 2024 to March 2025");
        await page.GetByLabel("Publisher", Exact).FillAsync("Home Office");
        await page.GetByLabel("Title of the publication").FillAsync("Police powers and procedures: other PACE powers, England and Wales, year ending 31 March 2025");
        await page.GetByLabel("Link to the publication").FillAsync("http://www.gov.uk/government/collections/police-powers-and-procedures-england-and-wales");
        await page.GetByLabel("Day", Exact).FillAsync("2");
        await page.GetByLabel("Month", Exact).FillAsync("6");
        await page.GetByLabel("Year", Exact).FillAsync("2025");
        await page.GetByTestId("save").ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the link as a web address starting with https://");
        await AssertReflowsAsync(page);

        await page.GetByLabel("Link to the publication").FillAsync("https://www.gov.uk/government/collections/police-powers-and-procedures-england-and-wales");
        await page.GetByTestId("save").ClickAsync();
        await Assertions.Expect(page.Locator("[data-key='cited.detentions-browser']")).ToContainTextAsync("51,576");
        await AssertReflowsAsync(page);

        await page.Locator("[data-key='cited.detentions-browser'] a").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("source")).ToContainTextAsync("Home Office, Police powers and procedures");
        await AssertReflowsAsync(page);
    }

    private static async Task AssertReflowsAsync(IPage page)
    {
        await page.AssertNoAxeViolationsAsync();
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 320, $"{page.Url} is wider than 320 px");
    }
}
