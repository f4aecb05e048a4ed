using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Data;
using Oversight.Core.Demo;

namespace Oversight.Browser.Tests;

/// The coordinator's and the public custody and justice pages, filled with the demo records, on a phone and a desktop.
public class CustodyPagesAccessibilityTests(BrowserHost host)
{
    private static readonly SemaphoreSlim Loading = new(1, 1);

    [Theory]
    [InlineData("/custody", 375)]
    [InlineData("/custody/issues?show=all", 375)]
    [InlineData("/custody/visitors", 375)]
    [InlineData("/custody/rota?month=2025-03", 375)]
    [InlineData("/custody/statistics?year=2024", 375)]
    [InlineData("/custody/remand?year=2024", 1280)]
    [InlineData("/custody/panels/custody-detention", 375)]
    [InlineData("/justice?year=2024", 375)]
    [InlineData("/justice/referrals/new", 375)]
    [InlineData("/custody/visitors/new", 375)]
    [InlineData("/custody-and-justice?year=2024", 375)]
    [InlineData("/custody/remand/new", 375)]
    [InlineData("/custody/strip-searches/new", 375)]
    [InlineData("/custody/panels/child-custody/members/new", 375)]
    [InlineData("/custody/panels/custody-detention/recommendations/new", 375)]
    [InlineData("/scrutiny-panels/minutes", 375)]
    [InlineData("/custody/suites", 375)]
    [InlineData("/custody/suites/halifax", 375)]
    [InlineData("/custody/panels/new", 375)]
    [InlineData("/custody/panels/child-custody/edit", 375)]
    public async Task Page_WithDemoRecords_HasNoAccessibilityViolations(string url, int width)
    {
        await LoadDemoOnceAsync();
        var page = await host.NewPageAsync(width);
        await page.SignInAsync(BrowserHost.AdminEmail, BrowserHost.Password);

        var response = await page.GotoAsync(url);

        Assert.Equal(200, response?.Status);
        await page.AssertNoAxeViolationsAsync();
    }

    [Theory]
    [InlineData("")]
    [InlineData("/cases/new")]
    public async Task MeetingPages_WithDemoRecords_HaveNoAccessibilityViolations(string suffix)
    {
        await LoadDemoOnceAsync();
        await using var scope = host.Services.CreateAsyncScope();
        var meeting = await scope.ServiceProvider.GetRequiredService<OversightDbContext>().PanelMeetings
            .Where(m => m.PanelId == "custody-detention").OrderBy(m => m.HeldOn).Select(m => m.Id).FirstAsync(TestContext.Current.CancellationToken);
        var page = await host.NewPageAsync(375);
        await page.SignInAsync(BrowserHost.AdminEmail, BrowserHost.Password);

        var response = await page.GotoAsync($"/custody/panel-meetings/{meeting}{suffix}");

        Assert.Equal(200, response?.Status);
        await page.AssertNoAxeViolationsAsync();
    }

    [Theory]
    [InlineData("/custody/remand/new", "save-remand")]
    [InlineData("/custody/strip-searches/new", "save-strip-search")]
    public async Task ScrutinyForm_SubmittedEmpty_ShowsAnAccessibleErrorSummary(string url, string button)
    {
        var page = await host.NewPageAsync(375);
        await page.SignInAsync(BrowserHost.AdminEmail, BrowserHost.Password);
        await page.GotoAsync(url);

        await page.GetByTestId(button).ClickAsync();

        await Microsoft.Playwright.Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the custody number");
        await page.AssertNoAxeViolationsAsync();
    }

    private async Task LoadDemoOnceAsync()
    {
        await Loading.WaitAsync();
        try
        {
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<OversightDbContext>();
            if (!await db.CustodySuites.AnyAsync(s => s.Id == "elland-road"))
            {
                await DemoCustody.LoadAsync(db, CancellationToken.None);
            }
        }
        finally
        {
            Loading.Release();
        }
    }
}
