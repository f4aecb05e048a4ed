using Microsoft.Playwright;

namespace Oversight.Browser.Tests.Funding;

public sealed class ApplicantJourneyTests(BrowserHost host)
{
    [Fact]
    public async Task Applicant_OnAPhone_RegistersAndAppliesWithNoAccessibilityViolations()
    {
        var page = await host.NewPageAsync(375, 812); // an iPhone X/XS/11 Pro viewport
        var email = $"phone-{Guid.NewGuid():N}@example.org";

        await page.GotoAsync("/funding/register");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel("Full name").FillAsync("Sam Phone");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        Assert.Contains(email, await page.GetByTestId("sent").InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertNoAxeViolationsAsync();

        await page.GotoAsync("/funding/register/confirm?token=" + await host.TokenSentToAsync(email));
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel("Password").FillAsync("Phone-password-2024");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await page.SignInAsync(email, "Phone-password-2024");

        await page.GotoAsync("/funding/apply");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByTestId("organisation").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        Assert.Contains("Enter the name of your organisation", await page.Locator(".govuk-error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel("Organisation name").FillAsync("Batley Phone Youth Club");
        await page.GetByLabel("Community group").CheckAsync();
        await page.GetByLabel("Kirklees").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await page.GetByTestId("start-8").ClickAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel("Clear, Hold, Build grant (up to £20,000)").CheckAsync();
        await page.GetByLabel("Project name").FillAsync("Safer Streets for Young People");
        await page.GetByLabel("What will the project do, and for whom?").FillAsync("Evening sessions for young people in Ashbrow.");
        await page.GetByLabel("Kirklees", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Amount you are asking for, in pounds").FillAsync("25000");
        await page.GetByLabel("How many people will the project reach?").FillAsync("80");
        await page.GetByLabel("Keeping People Safe").CheckAsync();
        await page.Locator("#BudgetItem\\[0\\]").FillAsync("Youth workers");
        await page.Locator("#BudgetAmount\\[0\\]").FillAsync("25000");
        await page.Locator("#OutcomeDescription\\[0\\]").FillAsync("Fewer young people drawn into crime");
        await page.Locator("#OutcomeIndicator\\[0\\]").FillAsync("Referrals and attendance");
        await page.GetByTestId("submit").ClickAsync();
        var errors = await page.Locator(".govuk-error-summary").InnerTextAsync();
        Assert.Contains("Enter an amount of £20,000 or less for a Clear, Hold, Build grant", errors, StringComparison.Ordinal);
        Assert.Contains("Select an area where Clear, Hold, Build grant projects can take place", errors, StringComparison.Ordinal);
        await page.AssertNoAxeViolationsAsync();

        await page.GetByLabel("Kirklees Ashbrow").CheckAsync();
        await page.GetByLabel("Amount you are asking for, in pounds").FillAsync("18000");
        await page.Locator("#BudgetAmount\\[0\\]").FillAsync("18000");
        await page.GetByTestId("submit").ClickAsync();
        Assert.StartsWith("SCF8-", await page.GetByTestId("reference").InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertNoAxeViolationsAsync();
    }
}
