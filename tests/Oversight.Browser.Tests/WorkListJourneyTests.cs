using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Oversight.Core;
using Oversight.Core.Audit;
using Oversight.Core.Data;
using Oversight.Core.Demo;
using Oversight.TestCommon;

namespace Oversight.Browser.Tests;

/// The app with the demo loaded up to today, on a database of its own.
public sealed class DemoApp : IAsyncLifetime
{
    private TestDatabase database = null!;
    private WebApplication app = null!;

    public string BaseUrl { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        (app, BaseUrl) = await SeparateApp.StartAsync(
            database,
            "oversight-browser-keys",
            _ => LoadDemoAsync(database),
            "--Security:RequireTwoFactorForAdministrators=false",
            "--Plan:TargetsPath=demo/targets.json");
    }

    /// The web app never carries the demo loaders, so they run on core services of their own over the same database.
    private static async Task LoadDemoAsync(TestDatabase database)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider.ToString(),
            ["ConnectionStrings:Oversight"] = database.ConnectionString,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddScoped<IAuditActor>(_ => new SystemAuditActor("demo"));
        services.AddOversightCore(configuration);
        services.AddDemo();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoData>().LoadAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        await database.DisposeAsync();
    }
}

/// Each demo account signs in, sees its work list with the demo's items (each a count and a link), and opens one.
public sealed class WorkListJourneyTests(BrowserHost host, DemoApp demo) : IClassFixture<DemoApp>
{
    [Theory]
    [InlineData("deputy-mayor@demo.oversight.test", "Quarterly reports awaiting your approval", "/performance/reports")]
    [InlineData("analyst@demo.oversight.test", "Data returns overdue", "/data/returns")]
    [InlineData("grants@demo.oversight.test", "Monitoring returns overdue", "/funding")]
    [InlineData("casework@demo.oversight.test", "Enquiries overdue", "/casework/enquiries?queue=overdue")]
    [InlineData("custody@demo.oversight.test", "Issues awaiting the force's response", "/custody/issues")]
    [InlineData("volunteer@demo.oversight.test", "My visit reports in draft", "/custody-visits")]
    [InlineData("partner@demo.oversight.test", "Data sharing agreements in force with your organisation", "/partnership")]
    [InlineData("panel@demo.oversight.test", "Papers for the next meeting", "/accountability/meetings/")]
    public async Task Home_SignedInAsTheRole_ShowsItsWorkAndOpensAList(string email, string label, string path)
    {
        // Arrange
        var context = await host.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = demo.BaseUrl, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(90_000);
        var page = await context.NewPageAsync();
        await page.SignInAsync(email, DemoData.Password);

        // Act
        await page.GotoAsync("/");
        var item = page.GetByTestId("work-item").Filter(new() { HasText = label });
        var count = int.Parse((await item.GetByTestId("work-count").InnerTextAsync()).Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
        await page.AssertNoAxeViolationsAsync();
        await page.SetViewportSizeAsync(320, 900);
        var width = await page.EvaluateAsync<int>("document.scrollingElement.scrollWidth");
        await page.SetViewportSizeAsync(1280, 900);
        await item.GetByRole(AriaRole.Link).ClickAsync();

        // Assert
        Assert.True(count > 0, $"{email}: '{label}' counts {count}");
        Assert.True(width <= 320, $"{email}: the home page is {width} px wide at 320 px");
        await page.WaitForAddressAsync(System.Text.RegularExpressions.Regex.Escape(path));
        Assert.DoesNotContain("Page not found", await page.TitleAsync(), StringComparison.Ordinal);
        await context.CloseAsync();
    }
}
