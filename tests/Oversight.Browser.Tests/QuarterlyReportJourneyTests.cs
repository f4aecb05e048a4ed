using Microsoft.Playwright;

namespace Oversight.Browser.Tests;

/// Each test works on a quarter of its own: one report can be in progress per quarter.
public class QuarterlyReportJourneyTests(BrowserHost host)
{
    private const string MeasureBox = "#measure-homicide";
    private const string ThemeBox = "#theme-serious-violence";

    [Fact]
    public async Task Report_DraftedSubmittedApprovedAndPublished_ShowsTheCommentaryToThePublicWithNoAccessibilityViolations()
    {
        // The analyst starts a draft and writes commentary.
        var analyst = await host.NewPageAsync();
        await analyst.SignInAsync(BrowserHost.AnalystEmail, BrowserHost.Password);
        await analyst.GotoAsync("/performance/reports");
        await analyst.AssertNoAxeViolationsAsync();
        await analyst.GetByLabel("Quarter").FillAsync("2024-25 Q4");
        await analyst.GetByTestId("create-report").ClickAsync();
        await Assertions.Expect(analyst.GetByTestId("status")).ToHaveTextAsync("Draft");
        Assert.Contains("periods up to 31 March 2025", await analyst.GetByTestId("cut-off").InnerTextAsync(), StringComparison.Ordinal);
        await analyst.AssertNoAxeViolationsAsync();

        await analyst.Locator(MeasureBox).FillAsync("Homicides are steady this quarter.");
        await analyst.Locator(ThemeBox).FillAsync("Serious violence is broadly stable.");
        // Each theme is saved on its own; homicide is in the serious violence theme.
        await analyst.GetByTestId("theme-serious-violence").GetByTestId("save").ClickAsync();
        await Assertions.Expect(analyst.Locator(MeasureBox)).ToHaveValueAsync("Homicides are steady this quarter.");
        await Assertions.Expect(analyst.Locator(ThemeBox)).ToHaveValueAsync("Serious violence is broadly stable.");
        await ExplainMissingAsync(analyst);
        await analyst.GetByTestId("submit").ClickAsync();
        await Assertions.Expect(analyst.GetByTestId("status")).ToHaveTextAsync("Submitted for approval");
        await analyst.AssertNoAxeViolationsAsync();
        var reportUrl = analyst.Url;

        // Leadership approve and publish.
        var leadership = await host.NewPageAsync();
        await leadership.SignInAsync(BrowserHost.LeadershipEmail, BrowserHost.Password);
        await leadership.GotoAsync(reportUrl);
        await leadership.AssertNoAxeViolationsAsync();
        await leadership.GetByTestId("approve").ClickAsync();
        await Assertions.Expect(leadership.GetByTestId("status")).ToHaveTextAsync("Approved");
        await leadership.AssertNoAxeViolationsAsync();
        await leadership.GetByTestId("publish-check").ClickAsync();
        await Assertions.Expect(leadership.GetByTestId("publish-confirmation")).ToContainTextAsync("/reports/2024-25-q4");
        await leadership.AssertNoAxeViolationsAsync();
        await leadership.GetByTestId("publish").ClickAsync();
        await Assertions.Expect(leadership.GetByTestId("status")).ToHaveTextAsync("Published");
        await leadership.AssertNoAxeViolationsAsync();

        // Anyone can read it.
        var visitor = await host.NewPageAsync();
        await visitor.GotoAsync("/reports");
        await visitor.AssertNoAxeViolationsAsync();
        await visitor.GetByRole(AriaRole.Link, new() { Name = "2024-25 Q4" }).ClickAsync();
        await visitor.WaitForAddressAsync("/reports/2024-25-q4$");
        Assert.Equal("2024-25 Q4", await visitor.Locator("h1").InnerTextAsync());
        Assert.Equal("Serious violence is broadly stable.", await visitor.GetByTestId("theme-serious-violence").GetByTestId("theme-commentary").InnerTextAsync());
        Assert.Equal("Homicides are steady this quarter.", await visitor.GetByTestId("measure-homicide").GetByTestId("commentary").InnerTextAsync());
        await visitor.AssertNoAxeViolationsAsync();
    }

    [Fact]
    public async Task Commentary_ByKeyboardAlone_IsTypedSavedAndSubmitted()
    {
        var analyst = await host.NewPageAsync();
        await analyst.SignInAsync(BrowserHost.AnalystEmail, BrowserHost.Password);
        await analyst.GotoAsync("/performance/reports");
        await analyst.GetByLabel("Quarter").FillAsync("2024-25 Q3");
        await analyst.GetByTestId("create-report").ClickAsync();
        await Assertions.Expect(analyst.GetByTestId("status")).ToHaveTextAsync("Draft");

        await TabToAsync(analyst, "document.activeElement.id === 'measure-homicide'");
        await analyst.Keyboard.TypeAsync("Typed without a mouse.");
        await TabToAsync(analyst, "document.activeElement.dataset.testid === 'save'");
        await analyst.Keyboard.PressAsync("Enter");
        await Assertions.Expect(analyst.Locator(MeasureBox)).ToHaveValueAsync("Typed without a mouse.");
        await ExplainMissingAsync(analyst);

        await TabToAsync(analyst, "document.activeElement.dataset.testid === 'submit'");
        await analyst.Keyboard.PressAsync("Enter");
        await Assertions.Expect(analyst.GetByTestId("status")).ToHaveTextAsync("Submitted for approval");
    }

    /// Gives every measure without a value for the quarter a reason and saves, as submitting needs.
    private static async Task ExplainMissingAsync(IPage analyst)
    {
        // Each theme has its own form and Save button, so each theme with a missing value is filled and saved in turn.
        var sections = analyst.Locator("section.app-theme");
        for (var s = 0; s < await sections.CountAsync(); s++)
        {
            var section = sections.Nth(s);
            var boxes = section.Locator("textarea[name^='Missing[']");
            var count = await boxes.CountAsync();
            if (count == 0)
            {
                continue;
            }

            for (var i = 0; i < count; i++)
            {
                await boxes.Nth(i).FillAsync("The return was not received in time");
            }

            // The save reloads the page, perhaps at the same address: wait for a new document before the next theme.
            await analyst.EvaluateAsync("window.beforeSave = true");
            await section.GetByTestId("save").ClickAsync();
            await analyst.WaitForFunctionAsync("window.beforeSave === undefined");
            await Assertions.Expect(analyst.GetByTestId("status")).ToHaveTextAsync("Draft");
        }
    }

    /// Presses Tab until the focused element matches, failing if it never does: every stop on the way is a real tab stop.
    private static async Task TabToAsync(IPage page, string focused)
    {
        for (var tabs = 0; tabs < 400; tabs++)
        {
            if (await page.EvaluateAsync<bool>(focused))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"Tab never reached the element where {focused}");
    }
}
