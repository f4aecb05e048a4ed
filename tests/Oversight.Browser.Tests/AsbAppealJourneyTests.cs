using System.Globalization;
using Microsoft.Playwright;
using Oversight.Domain;

namespace Oversight.Browser.Tests;

/// A member of the public appeals an ASB case review on the narrowest phone and gets a reference; the office assesses
/// and decides it. Every page: no axe violations, nothing wider than 320 px.
public class AsbAppealJourneyTests(BrowserHost host)
{
    [Fact]
    public async Task Public_AppealsOnA320PixelPhone_ThenTheOfficeDecidesIt()
    {
        var today = UkTime.Today(TimeProvider.System);
        var told = today.AddDays(-3);
        var phone = await host.NewPageAsync(320);
        await phone.GotoAsync("/asb-case-review-appeal");
        await AssertAccessibleAsync(phone);

        await phone.GetByTestId("send").ClickAsync();
        Assert.Contains("Enter your name", await phone.Locator(".govuk-error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(phone);
        await phone.GetByLabel("Your name").FillAsync("Browser Neighbour");
        await phone.GetByLabel("Email address").FillAsync("browser-neighbour@example.test");
        await phone.GetByLabel("Kirklees").CheckAsync();
        await FillDateAsync(phone, "OutcomeGivenOn", told);
        await phone.GetByLabel("Why are you unhappy with how the case review was handled?").FillAsync("Nobody spoke to the housing association about the parties.");
        await phone.GetByTestId("send").ClickAsync();
        var reference = (await phone.GetByTestId("reference").InnerTextAsync()).Trim();
        Assert.StartsWith("ASB-", reference, StringComparison.Ordinal);
        Assert.DoesNotContain("housing association", await phone.ContentAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(phone);

        var officer = await host.NewPageAsync(320);
        await officer.SignInAsync(BrowserHost.AdminEmail, BrowserHost.Password);
        await officer.GotoAsync("/casework/asb");
        await AssertAccessibleAsync(officer);
        await officer.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await AssertAccessibleAsync(officer);
        await officer.GetByTestId("assess").ClickAsync();
        await AssertAccessibleAsync(officer);
        await officer.GetByLabel("Yes").CheckAsync();
        await FillDateAsync(officer, "PanelOn", today);
        await officer.GetByTestId("save-assessment").ClickAsync();
        await Assertions.Expect(officer.GetByTestId("eligible")).ToHaveTextAsync("Yes");
        await officer.GetByTestId("decide").ClickAsync();
        await AssertAccessibleAsync(officer);
        await officer.GetByLabel("The original case review stands").CheckAsync();
        await officer.GetByLabel("Reasons for the decision").FillAsync("The partnership heard from every agency involved.");
        await officer.GetByTestId("save-decision").ClickAsync();

        await Assertions.Expect(officer.GetByTestId("status")).ToHaveTextAsync("Decided");
        Assert.Contains("housing association", await officer.GetByTestId("application").InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(officer);

        // The decision letter: written, read on a phone, a date that is not real refused, then marked as sent.
        await officer.GetByTestId("write-AsbDecision").ClickAsync();
        await Assertions.Expect(officer.GetByTestId("letter-salutation")).ToHaveTextAsync("Dear Browser Neighbour");
        Assert.Contains("its outcome stands", await officer.GetByTestId("letter-body").InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(officer);
        await officer.Locator("#SentOn").FillAsync("31");
        await officer.Locator("#SentOn-Month").FillAsync("2");
        await officer.GetByLabel("Email", new() { Exact = true }).CheckAsync();
        await officer.GetByTestId("mark-sent").ClickAsync();
        Assert.Contains("must be a real date", await officer.Locator(".govuk-error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(officer);
        await FillDateAsync(officer, "SentOn", today);
        await officer.GetByTestId("mark-sent").ClickAsync();
        await Assertions.Expect(officer.GetByTestId("letter-sent")).ToContainTextAsync("Sent by email on");
        await officer.GetByRole(AriaRole.Link, new() { Name = "Back to " + reference }).ClickAsync();
        await Assertions.Expect(officer.GetByTestId("letter-sent")).ToContainTextAsync("Sent by email on");
        await AssertAccessibleAsync(officer);
    }

    [Theory]
    [InlineData("/asb-case-reviews", false)]
    [InlineData("/casework/asb/case-reviews", true)]
    [InlineData("/casework/asb/case-reviews/new", true)]
    [InlineData("/casework/asb/statistics?year=2024", true)]
    public async Task Page_At320Pixels_HasNoAccessibilityViolationsAndReflows(string url, bool signedIn)
    {
        var page = await host.NewPageAsync(320);
        if (signedIn)
        {
            await page.SignInAsync(BrowserHost.AdminEmail, BrowserHost.Password);
        }

        await page.GotoAsync(url);

        await AssertAccessibleAsync(page);
    }

    private static async Task AssertAccessibleAsync(IPage page)
    {
        await page.AssertNoAxeViolationsAsync();
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 320, $"{page.Url} is wider than 320 px");
    }

    private static async Task FillDateAsync(IPage page, string name, DateOnly day)
    {
        await page.Locator("#" + name).FillAsync(day.Day.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{name}-Month").FillAsync(day.Month.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{name}-Year").FillAsync(day.Year.ToString(CultureInfo.InvariantCulture));
    }
}
