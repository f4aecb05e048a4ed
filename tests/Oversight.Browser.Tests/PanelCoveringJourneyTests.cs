using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Oversight.Core.Accounts;

namespace Oversight.Browser.Tests;

/// The quarterly report's covering report (written by the analyst) and the force's response (written by a user of
/// West Yorkshire Police), on the narrowest phone: no axe violations and nothing wider than 320 px on either form.
public class PanelCoveringJourneyTests(BrowserHost host)
{
    [Fact]
    public async Task CoveringReportThenForceResponse_At320Pixels_HaveNoAccessibilityViolationsAndReflow()
    {
        // The analyst starts a draft and writes its covering report.
        var analyst = await host.NewPageAsync(320);
        await analyst.SignInAsync(BrowserHost.AnalystEmail, BrowserHost.Password);
        await analyst.GotoAsync("/performance/reports");
        await analyst.GetByLabel("Quarter").FillAsync("2019-20 Q2");
        await analyst.GetByTestId("create-report").ClickAsync();
        await analyst.GetByTestId("covering-link").ClickAsync();
        await analyst.WaitForAddressAsync("/covering-report$");
        await AssertAccessibleAndNarrowAsync(analyst);
        await analyst.GetByLabel("Purpose").FillAsync("To report the quarter to the Panel.");
        await analyst.GetByLabel("Recommendations to the Panel").FillAsync("That the Panel notes the report.");
        await analyst.GetByTestId("save-covering").ClickAsync();
        await Assertions.Expect(analyst.GetByTestId("covering-report")).ToContainTextAsync("That the Panel notes the report.");
        await AssertAccessibleAndNarrowAsync(analyst);

        // A user of the force finds the report and responds.
        var email = $"force-{Guid.NewGuid():N}@test.oversight.test";
        await using (var scope = host.Services.CreateAsyncScope())
        {
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync(
                new NewUser(email, "Force User", BrowserHost.Password, Roles.PartnerUser, "west-yorkshire-police"), CancellationToken.None));
        }

        var force = await host.NewPageAsync(320);
        await force.SignInAsync(email, BrowserHost.Password);
        await force.GotoAsync("/performance/reports/force-responses");
        await AssertAccessibleAndNarrowAsync(force);
        await force.GetByRole(AriaRole.Link, new() { Name = "2019-20 Q2" }).ClickAsync();
        await force.WaitForAddressAsync("/force-response$");
        await Assertions.Expect(force.GetByTestId("covering-report")).ToContainTextAsync("To report the quarter to the Panel.");
        await AssertAccessibleAndNarrowAsync(force);
        await force.GetByLabel("West Yorkshire Police's response").FillAsync("The force accepts the report.");
        await force.GetByTestId("save-response").ClickAsync();
        await Assertions.Expect(force.GetByTestId("saved")).ToContainTextAsync("The response was saved.");
        await AssertAccessibleAndNarrowAsync(force);

        // The office sees the response after its covering report.
        await analyst.ReloadAsync();
        await Assertions.Expect(analyst.GetByTestId("force-response")).ToContainTextAsync("The force accepts the report.");
    }

    private static async Task AssertAccessibleAndNarrowAsync(IPage page)
    {
        await page.AssertNoAxeViolationsAsync();
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 320, $"{page.Url} is wider than 320 px");
    }
}
