using Microsoft.Playwright;
using Oversight.Core.Accounts;

namespace Oversight.Browser.Tests.Funding;

/// A bid from submission to the public register, each person on the narrowest phone: the applicant submits, two
/// assessors score, the grants manager records the moderation and the panel's recommendation, the Deputy Mayor
/// decides (above the grants manager's limit), the notice is advised on, signed and published. Every page on the
/// way has no axe violations and nothing wider than 320 px.
// A host of its own (a class fixture): the journey closes Round 8, which the shared host keeps open.
public sealed class DecisionJourneyTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task Bid_FromSubmissionToThePublicRegister_OnA320PixelScreen()
    {
        // Arrange: the people, each with the post the scheme of delegation names
        var applicantEmail = await host.CreateUserAsync(Roles.Applicant, "Journey applicant");
        var assessorEmails = new[] { await host.CreateUserAsync(Roles.GrantsOfficer, "Journey assessor one"), await host.CreateUserAsync(Roles.GrantsOfficer, "Journey assessor two") };
        var managerEmail = await host.CreateUserAsync(Roles.GrantsOfficer, "Journey grants manager", "grants-manager");
        var deputyEmail = await host.CreateUserAsync(Roles.Leadership, "Journey Deputy Mayor", "deputy-mayor");
        var financeEmail = await host.CreateUserAsync(Roles.Leadership, "Journey finance officer", "chief-finance-officer");
        var chiefEmail = await host.CreateUserAsync(Roles.Leadership, "Journey chief executive", "chief-executive");

        // Act and assert, step by step: the applicant submits an £18,000 bid
        var applicant = await SignedInAsync(applicantEmail);
        await GoAsync(applicant, "/funding/apply");
        await applicant.GetByTestId("organisation").ClickAsync();
        await CheckAsync(applicant);
        await applicant.GetByLabel("Organisation name").FillAsync("Dewsbury Journey Youth Club");
        await applicant.GetByLabel("Community group").CheckAsync();
        await applicant.GetByLabel("Kirklees").CheckAsync();
        await applicant.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await applicant.GetByTestId("start-8").ClickAsync();
        await CheckAsync(applicant);
        await applicant.GetByLabel("standard grant (up to £20,000)").CheckAsync();
        await applicant.GetByLabel("Project name").FillAsync("Friday night football");
        await applicant.GetByLabel("What will the project do, and for whom?").FillAsync("Coached football on Friday evenings for young people in Dewsbury.");
        await applicant.GetByLabel("Kirklees", new() { Exact = true }).CheckAsync();
        await applicant.GetByLabel("Amount you are asking for, in pounds").FillAsync("18000");
        await applicant.GetByLabel("How many people will the project reach?").FillAsync("60");
        await applicant.GetByLabel("Keeping People Safe").CheckAsync();
        await applicant.Locator("#BudgetItem\\[0\\]").FillAsync("Coaches and pitch hire");
        await applicant.Locator("#BudgetAmount\\[0\\]").FillAsync("18000");
        await applicant.Locator("#OutcomeDescription\\[0\\]").FillAsync("Fewer young people drawn into crime");
        await applicant.Locator("#OutcomeIndicator\\[0\\]").FillAsync("Attendance and referrals");
        await applicant.GetByTestId("submit").ClickAsync();
        var reference = await applicant.GetByTestId("reference").InnerTextAsync();
        await CheckAsync(applicant);
        var bid = $"/funding/applications/{await host.ApplicationIdAsync(reference)}";
        await host.CloseRoundAsync();

        // The grants manager assigns two assessors
        var manager = await SignedInAsync(managerEmail);
        foreach (var name in new[] { "Journey assessor one", "Journey assessor two" })
        {
            await GoAsync(manager, bid);
            await manager.GetByLabel(name, new() { Exact = true }).CheckAsync();
            await manager.GetByRole(AriaRole.Button, new() { Name = "Assign assessor" }).ClickAsync();
        }

        // Each assessor declares no conflict and scores
        foreach (var (email, score) in assessorEmails.Zip(["4", "3"]))
        {
            var assessor = await SignedInAsync(email);
            await GoAsync(assessor, bid + "/assess");
            await assessor.GetByLabel("No", new() { Exact = true }).CheckAsync();
            await assessor.GetByTestId("declare").ClickAsync();
            await CheckAsync(assessor);
            await assessor.GetByLabel("Evidence of need (0 to 5, weight 100)").FillAsync(score);
            await assessor.GetByTestId("save-score").ClickAsync();
            await CheckAsync(assessor);
        }

        // The moderation and the panel's recommendation; the grants manager may not decide £18,000
        await GoAsync(manager, bid);
        await manager.GetByLabel("Moderated score (0 to 100)").FillAsync("70");
        await manager.GetByLabel("Why the score was moderated").FillAsync("The two scores are a point apart; agreed at 70.");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Save moderated score" }).ClickAsync();
        await manager.GetByLabel("The panel's recommendation to the decider").FillAsync("Fund in full: strong local need and a credible plan.");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Save the recommendation" }).ClickAsync();
        await CheckAsync(manager);
        Assert.Contains("Grant award decisions of £18,000 are taken by the Deputy Mayor for Policing and Crime", await manager.GetByTestId("blockers").InnerTextAsync(), StringComparison.Ordinal);

        // The Deputy Mayor decides and drafts the notice
        var deputy = await SignedInAsync(deputyEmail);
        await GoAsync(deputy, bid);
        await deputy.GetByLabel("Approve in full").CheckAsync();
        await deputy.GetByLabel("Reasons for the decision").FillAsync("Meets the Keeping People Safe priority; the panel recommends it.");
        await deputy.GetByLabel("I have read the whole bid", new() { Exact = false }).CheckAsync();
        await deputy.GetByTestId("decide").ClickAsync();
        await CheckAsync(deputy);
        Assert.Equal("Approved", await deputy.GetByTestId("status").InnerTextAsync());
        await deputy.GetByTestId("draft-notice").ClickAsync();
        await CheckAsync(deputy);
        var notice = new Uri(deputy.Url).AbsolutePath;

        // The Chief Finance Officer and the monitoring officer advise; the Deputy Mayor signs and publishes
        foreach (var (email, button) in new[] { (financeEmail, "Record as the Chief Finance Officer's advice"), (chiefEmail, "Record as the monitoring officer's advice") })
        {
            var adviser = await SignedInAsync(email);
            await GoAsync(adviser, notice);
            await adviser.GetByLabel("Advice (recorded under your post)").FillAsync("No objection.");
            await adviser.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
            await CheckAsync(adviser);
        }

        await GoAsync(deputy, notice);
        await deputy.GetByTestId("sign").ClickAsync();
        await CheckAsync(deputy);
        await deputy.GetByTestId("publish").ClickAsync();
        await CheckAsync(deputy);

        // Anyone finds it on the register
        var visitor = await host.NewPageAsync(320, 800);
        await GoAsync(visitor, "/decisions");
        await visitor.Locator("tr", new() { HasText = $"Friday night football ({reference})" }).GetByRole(AriaRole.Link).ClickAsync();
        await CheckAsync(visitor);
        var text = await visitor.Locator("main").InnerTextAsync();
        Assert.Contains("Journey Deputy Mayor, Deputy Mayor for Policing and Crime", text, StringComparison.Ordinal);
        Assert.Contains("£18,000", text, StringComparison.Ordinal);
    }

    private async Task<IPage> SignedInAsync(string email)
    {
        var page = await host.NewPageAsync(320, 800);
        await page.SignInAsync(email, BrowserHost.Password);
        return page;
    }

    private static async Task GoAsync(IPage page, string url)
    {
        var response = await page.GotoAsync(url);
        Assert.Equal(200, response?.Status);
        await CheckAsync(page);
    }

    private static async Task CheckAsync(IPage page)
    {
        await page.AssertNoAxeViolationsAsync();
        // The message names the elements that stick out, so a failure says where to look.
        var wide = await page.EvaluateAsync<string>(
            "document.documentElement.scrollWidth <= 320 ? '' : [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 321 && !e.closest('.app-table-scroll')).slice(-5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join('; ')");
        Assert.True(wide.Length == 0, $"{page.Url} is wider than 320 px: {wide}");
    }
}
