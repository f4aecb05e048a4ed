using Microsoft.Playwright;

namespace Oversight.Browser.Tests;

public class CaseworkJourneyTests(BrowserHost host)
{
    [Fact]
    public async Task Public_SendsTheFormOnAPhone_ThenAnOfficerPicksItUp_WithNoAccessibilityViolations()
    {
        var officerEmail = await CreateOfficerAsync();
        var phone = await host.NewPageAsync(375, 812);
        await phone.GotoAsync("/contact");
        await phone.AssertNoAxeViolationsAsync();

        await phone.GetByTestId("send").ClickAsync();
        Assert.Contains("Enter your name", await phone.Locator(".govuk-error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await phone.AssertNoAxeViolationsAsync();
        await phone.GetByLabel("Your name").FillAsync("Browser Member");
        await phone.GetByLabel("Email address").FillAsync("browser-member@example.test");
        await phone.GetByLabel("Anti-social behaviour").CheckAsync();
        await phone.GetByLabel("Where in West Yorkshire? (optional)").SelectOptionAsync("Calderdale");
        await phone.GetByLabel("Your message").FillAsync("Motorbikes on the canal towpath every evening.");
        await phone.GetByTestId("send").ClickAsync();
        var reference = (await phone.GetByTestId("reference").InnerTextAsync()).Trim();
        Assert.StartsWith("ENQ-", reference, StringComparison.Ordinal);
        Assert.DoesNotContain("towpath", await phone.ContentAsync(), StringComparison.Ordinal);
        await phone.AssertNoAxeViolationsAsync();

        var officer = await host.NewPageAsync();
        await officer.SignInAsync(officerEmail, BrowserHost.Password);
        await officer.GotoAsync("/casework/enquiries?queue=unassigned");
        await officer.AssertNoAxeViolationsAsync();
        await officer.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await officer.AssertNoAxeViolationsAsync();
        await officer.GetByTestId("assign-to-me").ClickAsync();

        await Assertions.Expect(officer.GetByTestId("officer")).ToHaveTextAsync("Browser Casework");
        Assert.Contains("towpath", await officer.GetByTestId("log").InnerTextAsync(), StringComparison.Ordinal);
        await officer.AssertNoAxeViolationsAsync();
        await officer.GotoAsync("/casework/enquiries?queue=mine");
        await Assertions.Expect(officer.GetByRole(AriaRole.Link, new() { Name = reference })).ToBeVisibleAsync();
        await officer.AssertNoAxeViolationsAsync();
    }

    [Theory]
    [InlineData("/casework")]
    [InlineData("/casework/reviews/new")]
    [InlineData("/casework/enquiries/new")]
    [InlineData("/casework/surgeries")]
    [InlineData("/casework/statistics")]
    [InlineData("/casework/subject-access")]
    [InlineData("/casework/letter-templates/Decision")]
    public async Task Officer_CaseworkPages_HaveNoAccessibilityViolationsOnAPhone(string url)
    {
        var page = await host.NewPageAsync(375, 812);
        await page.SignInAsync(BrowserHost.AdminEmail, BrowserHost.Password);

        await page.GotoAsync(url);

        await page.AssertNoAxeViolationsAsync();
    }

    [Theory]
    [InlineData("/surgeries")]
    [InlineData("/complaint-reviews/performance")]
    public async Task Public_CaseworkPages_HaveNoAccessibilityViolationsOnAPhone(string url)
    {
        var page = await host.NewPageAsync(375, 812);

        await page.GotoAsync(url);

        await page.AssertNoAxeViolationsAsync();
    }

    // The administrator adds the officer through the users page, as the office would.
    private async Task<string> CreateOfficerAsync()
    {
        var email = $"browser-casework-{Guid.NewGuid():N}@test.oversight.test";
        var admin = await host.NewPageAsync();
        await admin.SignInAsync(BrowserHost.AdminEmail, BrowserHost.Password);
        await admin.GotoAsync("/admin/users/new");
        await admin.GetByLabel("Full name").FillAsync("Browser Casework");
        await admin.GetByLabel("Email address").FillAsync(email);
        await admin.Locator("#OrganisationId").SelectOptionAsync("mayors-office");
        await admin.Locator("#Role-CaseworkOfficer").CheckAsync();
        await admin.GetByLabel("Temporary password").FillAsync(BrowserHost.Password);
        await admin.GetByTestId("save-user").ClickAsync();
        // Saved users go back to the list; a refusal would stay on the form with an error summary.
        await admin.WaitForAddressAsync("/admin/users$");
        Assert.Equal(0, await admin.Locator(".govuk-error-summary").CountAsync());
        return email;
    }
}
