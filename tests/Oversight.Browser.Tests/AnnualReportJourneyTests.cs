using Microsoft.Playwright;

namespace Oversight.Browser.Tests;

public class AnnualReportJourneyTests(BrowserHost host)
{
    [Fact]
    public async Task AnnualReport_WrittenOnAPhone_CitesAFigureThatLeadsToItsRecords()
    {
        var analyst = await host.NewPageAsync(375);
        await analyst.SignInAsync(BrowserHost.AnalystEmail, BrowserHost.Password);
        await analyst.GotoAsync("/annual-reports");
        await analyst.AssertNoAxeViolationsAsync();
        await analyst.GetByLabel("Year").FillAsync("2023-24");
        await analyst.GetByTestId("create-report").ClickAsync();
        await Assertions.Expect(analyst.GetByTestId("status")).ToHaveTextAsync("Draft");
        await analyst.AssertNoAxeViolationsAsync();

        await analyst.Locator("#section-performance").FillAsync("In all, [[performance.measures-judged]] measures were judged.");
        await analyst.GetByTestId("save").ClickAsync();
        await Assertions.Expect(analyst.Locator("#section-performance")).ToHaveValueAsync("In all, [[performance.measures-judged]] measures were judged.");
        await analyst.GetByText("Figures you can cite").ClickAsync();
        var value = await analyst.GetByTestId("figure-performance.measures-judged").Locator("a").InnerTextAsync();
        await analyst.AssertNoAxeViolationsAsync();

        await analyst.GetByTestId("figure-performance.measures-judged").Locator("a").ClickAsync();
        await Assertions.Expect(analyst.GetByTestId("value")).ToHaveTextAsync(value);
        Assert.True(int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) > 0, value);
        Assert.Equal(int.Parse(value, System.Globalization.CultureInfo.InvariantCulture), await analyst.GetByTestId("record").CountAsync());
        await analyst.AssertNoAxeViolationsAsync();
    }
}
