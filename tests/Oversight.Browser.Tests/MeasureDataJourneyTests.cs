using System.Text;
using Microsoft.Playwright;

namespace Oversight.Browser.Tests;

public class MeasureDataJourneyTests(BrowserHost host)
{
    [Fact]
    public async Task Upload_BadFileThenGoodFile_ShowsErrorsPreviewAndSavedValuesWithNoAccessibilityViolations()
    {
        var page = await host.NewPageAsync();
        await page.SignInAsync(BrowserHost.AdminEmail, BrowserHost.Password);
        await page.GotoAsync("/data/measures/homicide");
        await page.GetByRole(AriaRole.Link, new() { Name = "Upload a CSV or Excel file" }).ClickAsync();

        await page.GetByLabel("Upload a file").SetInputFilesAsync(Csv("bad.csv", "period,area,value", "2001-01,force,many"));
        await page.GetByTestId("upload").ClickAsync();
        Assert.Contains("bad.csv, line 2, value: Enter the value as a number", await page.Locator(".govuk-error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertNoAxeViolationsAsync();

        await page.GetByLabel("Upload a file").SetInputFilesAsync(Csv("good.csv", "period,area,value", "2001-01,force,4", "2001-01,leeds,2"));
        await page.GetByTestId("upload").ClickAsync();
        Assert.Equal("Check the values before you save them", await page.Locator("h1").InnerTextAsync());
        await page.AssertNoAxeViolationsAsync();

        await page.GetByTestId("commit").ClickAsync();
        Assert.Contains("are saved", await page.GetByTestId("status").InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertNoAxeViolationsAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Back to Homicide" }).ClickAsync();
        Assert.Equal(2, await page.Locator("[data-testid=values] tbody tr").Filter(new() { HasText = "January 2001" }).CountAsync());
        await page.AssertNoAxeViolationsAsync();
    }

    [Fact]
    public async Task PoliceUpload_SkippingBadRows_ListsThemOnAPhoneWithNoAccessibilityViolations()
    {
        var page = await host.NewPageAsync(360, 740);
        await page.SignInAsync(BrowserHost.AnalystEmail, BrowserHost.Password);
        await page.GotoAsync("/performance/police-data/upload");
        var good = ",2014-02,City of London Police,City of London Police,,,No Location,,,Anti-social behaviour,,";
        string[] header = ["Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context"];

        await page.GetByLabel("Monthly CSV files or a police.uk .zip archive").SetInputFilesAsync(
            Csv("2014-02-city-of-london-street.csv", [.. header, good, "x,2014-02,too,few", ",2014-02,P,P,abc,51,L,E1,N,Burglary,,"]));
        await page.GetByLabel("Import the good rows of a file with bad rows, and list the bad ones").CheckAsync();
        await page.GetByLabel("Accept files from other forces").CheckAsync();
        await page.GetByTestId("import").ClickAsync();

        Assert.Equal(2, await page.Locator("[data-testid=rejected-rows] tbody tr").CountAsync());
        Assert.Contains("Longitude", await page.GetByTestId("rejected-rows").InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertNoAxeViolationsAsync();
    }

    [Fact]
    public async Task EnterValue_WithAnError_ShowsItWithNoAccessibilityViolations()
    {
        var page = await host.NewPageAsync();
        await page.SignInAsync(BrowserHost.AdminEmail, BrowserHost.Password);
        await page.GotoAsync("/data/measures/victim-satisfaction/values/new");

        await page.GetByLabel("Period").FillAsync("2001-02 Q1");
        await page.GetByLabel("Value", new() { Exact = true }).FillAsync("150");
        await page.GetByTestId("save-value").ClickAsync();

        Assert.Contains("Enter a percentage from 0 to 100", await page.Locator(".govuk-error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertNoAxeViolationsAsync();
    }

    [Fact]
    public async Task Agreement_CreateWithErrorsThenSaveAndEdit_HasNoAccessibilityViolations()
    {
        var page = await host.NewPageAsync();
        await page.SignInAsync(BrowserHost.AdminEmail, BrowserHost.Password);
        await page.GotoAsync("/admin/agreements/new");

        await page.GetByTestId("save-agreement").ClickAsync();
        Assert.Contains("Enter a title", await page.Locator(".govuk-error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertNoAxeViolationsAsync();

        await page.GetByLabel("Title").FillAsync("Serious violence data for the VRP");
        await page.GetByLabel("Purpose").FillAsync("Strategic needs assessment");
        await FillDateAsync(page, "Start date", "1", "4", "2024");
        await FillDateAsync(page, "End date", "31", "3", "2028");
        await page.GetByLabel("Police open data (police.uk)").CheckAsync();
        await page.GetByLabel("West Yorkshire Violence Reduction Partnership").CheckAsync();
        await page.GetByTestId("save-agreement").ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Serious violence data for the VRP" }).ClickAsync();
        Assert.Equal("Change a data sharing agreement", await page.Locator("h1").InnerTextAsync());
        Assert.True(await page.GetByLabel("Police open data (police.uk)").IsCheckedAsync());
        await page.AssertNoAxeViolationsAsync();
    }

    private static FilePayload Csv(string name, params string[] lines) =>
        new() { Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n") };

    private static async Task FillDateAsync(IPage page, string legend, string day, string month, string year)
    {
        var group = page.GetByRole(AriaRole.Group, new() { Name = legend });
        await group.GetByLabel("Day").FillAsync(day);
        await group.GetByLabel("Month").FillAsync(month);
        await group.GetByLabel("Year").FillAsync(year);
    }
}
