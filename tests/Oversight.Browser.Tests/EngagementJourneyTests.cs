using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Oversight.Browser.Tests;

public class EngagementJourneyTests(BrowserHost host)
{
    [Fact]
    public async Task Coding_WithOnlyTheKeyboard_TagsThemesAndApprovesAQuoteWithNoAccessibilityViolations()
    {
        var page = await host.NewPageAsync();
        await page.SignInAsync(BrowserHost.AnalystEmail, BrowserHost.Password);
        var slug = await SetUpAsync(page);

        // From here on only keys: Tab to move, Space to tick, Enter to save.
        await page.GotoAsync($"/engagement/consultations/{slug}/coding/causes/next");
        Assert.Contains("No jobs round here", await page.GetByTestId("answer").InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertNoAxeViolationsAsync();
        await TabToAsync(page, "Themes");
        await page.Keyboard.PressAsync("Space");
        await TabToAsync(page, "Approve");
        await page.Keyboard.PressAsync("Space");
        await TabToAsync(page, "save");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByTestId("answer")).ToContainTextAsync("Drugs on the estate");
        await TabToAsync(page, "Themes-substance-misuse");
        await page.Keyboard.PressAsync("Space");
        await TabToAsync(page, "Themes-influences");
        await page.Keyboard.PressAsync("Space");
        await TabToAsync(page, "save");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByTestId("all-coded")).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.GotoAsync($"/engagement/consultations/{slug}/coding/causes");
        Assert.Contains("2 of 2 answers coded", await page.GetByTestId("coding-progress").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("“No jobs round here”", (await page.GetByTestId("quote").InnerTextAsync()).Trim());
        await page.AssertNoAxeViolationsAsync();
    }

    [Fact]
    public async Task EngagementPages_HaveNoAccessibilityViolations()
    {
        var page = await host.NewPageAsync();
        await page.SignInAsync(BrowserHost.AnalystEmail, BrowserHost.Password);
        var slug = await SetUpAsync(page);

        foreach (var path in new[]
        {
            "/engagement", $"/engagement/consultations/{slug}", $"/engagement/consultations/{slug}/questions/safe",
            $"/engagement/consultations/{slug}/tallies", $"/engagement/consultations/{slug}/codebook", $"/engagement/consultations/{slug}/import",
            $"/engagement/consultations/{slug}/questions/new", "/engagement/compare", $"/engagement/compare?First={slug}&Second={slug}&Answer=safe:yes",
        })
        {
            await page.GotoAsync(path);
            await page.AssertNoAxeViolationsAsync();
        }

        await page.GotoAsync("/engagement/consultations/new");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the consultation" }).ClickAsync();
        Assert.Contains("Enter the date the consultation opens", await page.Locator(".govuk-error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertNoAxeViolationsAsync();
    }

    [Fact]
    public async Task QuestionPage_OnAPhone_DoesNotScrollSideways()
    {
        var setUp = await host.NewPageAsync();
        await setUp.SignInAsync(BrowserHost.AnalystEmail, BrowserHost.Password);
        var slug = await SetUpAsync(setUp);
        var phone = await host.NewPageAsync(width: 320, height: 640);
        await phone.SignInAsync(BrowserHost.AnalystEmail, BrowserHost.Password);

        foreach (var path in new[] { $"/engagement/consultations/{slug}", $"/engagement/consultations/{slug}/questions/safe", $"/engagement/consultations/{slug}/coding/causes" })
        {
            await phone.GotoAsync(path);
            var wide = await phone.EvaluateAsync<string>(
                "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.app-table-scroll')).slice(0, 3).map(e => e.tagName + '.' + e.className).join(', ')");
            Assert.True(await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"{path} scrolls sideways at 320px: {wide}");
        }
    }

    /// A consultation with a yes/no question answered by tally and a free-text question imported from a file,
    /// whose mapping page is checked on the way.
    private static async Task<string> SetUpAsync(IPage page)
    {
        var slug = "browser-" + Guid.NewGuid().ToString("N")[..10];
        await page.GotoAsync("/engagement/consultations/new");
        await page.GetByLabel("Title").FillAsync("Browser consultation " + slug);
        await page.GetByLabel("Short name").FillAsync(slug);
        await page.GetByLabel("In-person events").CheckAsync();
        await page.GetByLabel("Online survey").CheckAsync();
        await FillDateAsync(page, "Opens", "1", "7", "2024");
        await FillDateAsync(page, "Closes", "31", "10", "2024");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the consultation" }).ClickAsync();

        await AddQuestionAsync(page, slug, "safe", "Do you feel safe in your local area?", "Yes or no");
        await AddQuestionAsync(page, slug, "causes", "What causes violence in your area?", "Free text");

        await page.GotoAsync($"/engagement/consultations/{slug}/tallies");
        await page.GetByLabel("Yes", new() { Exact = true }).FillAsync("73");
        await page.GetByLabel("No", new() { Exact = true }).FillAsync("27");
        await page.GetByTestId("add-tallies").ClickAsync();
        await page.GetByTestId("added").WaitForAsync();

        await page.GotoAsync($"/engagement/consultations/{slug}/import");
        await page.GetByLabel("How these people responded").SelectOptionAsync("OnlineSurvey");
        await page.GetByLabel("Upload a file").SetInputFilesAsync(new FilePayload
        {
            Name = "causes.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes("\uFEFFEmail address,What causes violence in your area?\r\nx@example.test,No jobs round here\r\ny@example.test,Drugs on the estate\r\n"),
        });
        await page.GetByTestId("upload").ClickAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.GetByTestId("import").ClickAsync();
        await page.GetByTestId("imported").WaitForAsync();
        return slug;
    }

    private static async Task AddQuestionAsync(IPage page, string slug, string key, string text, string kind)
    {
        await page.GotoAsync($"/engagement/consultations/{slug}/questions/new");
        await page.GetByLabel("Question, as respondents saw it").FillAsync(text);
        await page.GetByLabel("Short key").FillAsync(key);
        await page.GetByLabel(kind, new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the question" }).ClickAsync();
        await page.WaitForAddressAsync("/engagement/consultations/" + Regex.Escape(slug) + "$");
    }

    private static async Task FillDateAsync(IPage page, string legend, string day, string month, string year)
    {
        var group = page.GetByRole(AriaRole.Group, new() { Name = legend });
        await group.GetByLabel("Day").FillAsync(day);
        await group.GetByLabel("Month").FillAsync(month);
        await group.GetByLabel("Year").FillAsync(year);
    }

    /// Presses Tab until the element with this id (or test id) has focus; fails if it never does.
    private static async Task TabToAsync(IPage page, string target)
    {
        for (var i = 0; i < 60; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string>("() => document.activeElement ? (document.activeElement.id || document.activeElement.dataset.testid || '') : ''");
            if (focused == target)
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached {target} on {page.Url}");
    }
}
