using Microsoft.Playwright;

namespace Oversight.Browser.Tests;

public class AccountabilityJourneyTests(BrowserHost host)
{
    [Fact]
    public async Task OfficeUser_OnAPhone_RecordsAnActionUpdate_AndTheVisitorReadsThePublishedMinutes()
    {
        // An analyst on a phone-sized screen records a Community Outcomes Meeting and an action from it.
        var page = await host.NewPageAsync(360, 740);
        await page.SignInAsync(BrowserHost.AnalystEmail, BrowserHost.Password);
        await page.GotoAsync("/accountability/meetings/new");
        await page.AssertNoAxeViolationsAsync();
        var title = $"Community Outcomes Meeting: knife crime {Guid.NewGuid():N}"[..60];
        await page.GetByLabel("Body holding the meeting").SelectOptionAsync("community-outcomes");
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync(title);
        await page.GetByLabel("Day").FillAsync("14");
        await page.GetByLabel("Month").FillAsync("3");
        await page.GetByLabel("Year").FillAsync("2002");
        await page.GetByTestId("save-meeting").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = title })).ToBeVisibleAsync();
        var meetingUrl = page.Url;
        await page.AssertNoAxeViolationsAsync();

        await page.GetByText("Add an action").ClickAsync();
        await page.GetByLabel("What is to be done").FillAsync("Report on knife arches at transport hubs");
        await page.GetByLabel("Organisation that owns the action").SelectOptionAsync("west-yorkshire-police");
        await page.GetByLabel("Person who owns the action").FillAsync("Superintendent Riley Ashdown");
        var due = page.GetByRole(AriaRole.Group, new() { Name = "Due date" });
        await due.GetByLabel("Day").FillAsync("30");
        await due.GetByLabel("Month").FillAsync("4");
        await due.GetByLabel("Year").FillAsync("2002");
        await page.GetByTestId("add-action").ClickAsync();
        await page.GetByTestId("actions").GetByRole(AriaRole.Link).First.ClickAsync();

        // The action's page: record an update, by keyboard-friendly form controls, on the narrow screen.
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel("What has happened").FillAsync("Arches deployed at Leeds station; report received.");
        await page.GetByLabel("Status now").SelectOptionAsync("Completed");
        await page.GetByLabel("Evidence of completion").FillAsync("Report received 28 April 2002");
        await page.GetByTestId("save-update").ClickAsync();
        await Assertions.Expect(page.GetByTestId("updates")).ToContainTextAsync("Arches deployed at Leeds station");
        await Assertions.Expect(page.GetByTestId("evidence")).ToContainTextAsync("Report received 28 April 2002");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The action page scrolls sideways on a phone");
        await page.AssertNoAxeViolationsAsync();

        // Publish the minutes; a visitor who is not signed in then reads them.
        await page.GotoAsync(meetingUrl);
        await page.GetByLabel("Minutes", new() { Exact = true }).FillAsync("The Chief Constable set out the force's response to knife crime.");
        await page.GetByTestId("publish-minutes").ClickAsync();
        await Assertions.Expect(page.GetByTestId("minutes-status")).ToContainTextAsync("Published");
        var id = meetingUrl.Split('/')[^1];

        var visitor = await host.NewPageAsync(360, 740);
        await visitor.GotoAsync($"/meetings/{id}");
        await Assertions.Expect(visitor.GetByTestId("minutes")).ToContainTextAsync("the force's response to knife crime");
        await visitor.AssertNoAxeViolationsAsync();
        await visitor.GotoAsync("/meetings");
        await Assertions.Expect(visitor.GetByRole(AriaRole.Link, new() { Name = title })).ToBeVisibleAsync();
        await visitor.AssertNoAxeViolationsAsync();
    }

    [Fact]
    public async Task Analyst_RecordsThePrecept_ProposesAnIncrease_AndReadsTheSprAndOutputs_WithNoAccessibilityViolations()
    {
        var page = await host.NewPageAsync(375);
        await page.SignInAsync(BrowserHost.AnalystEmail, BrowserHost.Password);
        foreach (var (year, requirement) in new[] { ("2024-25", "171647836.82"), ("2025-26", "181091289.77") })
        {
            await page.GotoAsync("/accountability/precept/new");
            await page.GetByLabel("Financial year").FillAsync(year);
            await page.GetByLabel("Precept requirement in pounds").FillAsync(requirement);
            foreach (var (district, value) in new[] { ("Bradford", "140312.55"), ("Calderdale", "61874.20"), ("Kirklees", "127905.68"), ("Leeds", "262118.43"), ("Wakefield", "134241.51") })
            {
                await page.GetByLabel(district, new() { Exact = true }).FillAsync(value);
            }

            await page.AssertNoAxeViolationsAsync();
            await page.GetByTestId("save-precept").ClickAsync();
        }

        await Assertions.Expect(page.GetByTestId("precept-table").Locator("tr[data-band=B]")).ToContainTextAsync("£193.89");
        await page.GetByLabel("Or increase as a percentage").FillAsync("4");
        await page.GetByTestId("propose").ClickAsync();
        await Assertions.Expect(page.GetByTestId("proposal-table")).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();

        await page.GotoAsync("/accountability/spr");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Public disorder" }).ClickAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.GotoAsync("/accountability/outputs");
        await page.AssertNoAxeViolationsAsync();
        await page.GotoAsync("/accountability/actions?show=overdue");
        await page.AssertNoAxeViolationsAsync();
        await page.GotoAsync("/accountability/meetings");
        await page.AssertNoAxeViolationsAsync();
    }
}
