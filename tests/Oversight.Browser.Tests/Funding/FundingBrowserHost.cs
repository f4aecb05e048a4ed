using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Oversight.Core.Data;
using Oversight.Core.Funding.Rounds;
using Oversight.Domain;
using Oversight.TestCommon;

namespace Oversight.Browser.Tests.Funding;

/// The app with an open funding round, on its own database, so applicants can be driven through it.
public sealed class FundingBrowserHost : IAsyncLifetime
{
    private TestDatabase database = null!;
    private WebApplication app = null!;
    private IPlaywright playwright = null!;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        (app, BaseUrl) = await SeparateApp.StartAsync(database, "oversight-funding-browser-keys", async services =>
        {
            var db = services.GetRequiredService<OversightDbContext>();
            db.FundingRounds.Add(OpenRound());
            await db.SaveChangesAsync();
        });
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("OVERSIGHT_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        await database.DisposeAsync();
    }

    /// A phone-sized page (an iPhone X/XS/11 Pro viewport).
    public async Task<IPage> NewPhonePageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, ViewportSize = new ViewportSize { Width = 375, Height = 812 } });
        return await context.NewPageAsync();
    }

    /// A grants officer's account; returns its e-mail address. The password is <see cref="HostFixture.Password"/>.
    public async Task<string> CreateGrantsOfficerAsync()
    {
        var email = $"grants-{Guid.NewGuid():N}@test.oversight.test";
        await using var scope = app.Services.CreateAsyncScope();
        var errors = await scope.ServiceProvider.GetRequiredService<Core.Accounts.UserAccounts>()
            .CreateAsync(new Core.Accounts.NewUser(email, "Test grants officer", HostFixture.Password, Core.Accounts.Roles.GrantsOfficer, "mayors-office"), CancellationToken.None);
        Assert.Empty(errors);
        return email;
    }

    /// A page on the narrowest phone the service supports (320 px).
    public async Task<IPage> NewNarrowPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, ViewportSize = new ViewportSize { Width = 320, Height = 800 } });
        return await context.NewPageAsync();
    }

    /// An account with the role and the scheme of delegation's posts; returns its e-mail address (password <see cref="HostFixture.Password"/>).
    public async Task<string> CreateUserAsync(string role, string name, params string[] posts)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.oversight.test";
        await using var scope = app.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<Core.Accounts.UserAccounts>();
        Assert.Empty(await accounts.CreateAsync(new Core.Accounts.NewUser(email, name, HostFixture.Password, role, "mayors-office"), CancellationToken.None));
        if (posts.Length > 0)
        {
            var id = await scope.ServiceProvider.GetRequiredService<OversightDbContext>().Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            Assert.Null(await accounts.SetPostsAsync(id, posts, CancellationToken.None));
        }

        return email;
    }

    /// Closes the round the bids went to, as if its closing date had passed.
    public async Task CloseRoundAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OversightDbContext>();
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        await db.FundingRounds.Where(r => r.Number == 8).ExecuteUpdateAsync(s => s.SetProperty(r => r.Opens, today.AddDays(-7)).SetProperty(r => r.Closes, today.AddDays(-1)));
    }

    public async Task<Guid> ApplicationIdAsync(string reference)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OversightDbContext>().FundingApplications.Where(a => a.Reference == reference).Select(a => a.Id).SingleAsync();
    }

    /// A desktop-sized page.
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl });
        return await context.NewPageAsync();
    }

    public async Task<string> TokenSentToAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var body = await scope.ServiceProvider.GetRequiredService<OversightDbContext>().OutboxEmails.Where(e => e.To == email).Select(e => e.Body).SingleAsync();
        return body[(body.IndexOf("token=", StringComparison.Ordinal) + "token=".Length)..];
    }

    private static FundingRound OpenRound()
    {
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        return new FundingRound
        {
            Number = 8,
            Name = "Grant Round 8",
            FinancialYear = FinancialYear.Of(today),
            Pot = 1_000_000m,
            Opens = today.AddDays(-7),
            Closes = today.AddDays(30),
            EligibleTypes = ["Voluntary", "Community", "Faith", "SocialEnterprise", "Statutory"],
            Strands =
            [
                new() { Order = 0, Code = "standard", Name = "standard grant", Ceiling = 20_000m },
                new() { Order = 1, Code = "clear-hold-build", Name = "Clear, Hold, Build grant", Ceiling = 20_000m, RestrictedAreas = ["Bradford BD3", "Kirklees Ashbrow", "Leeds Harehills", "Calderdale Park Ward"] },
            ],
            Options =
            [
                new() { Kind = RoundOptionKind.Priority, Order = 0, Code = "keeping-people-safe", Name = "Keeping People Safe" },
                new() { Kind = RoundOptionKind.Theme, Order = 0, Code = "children-and-young-people", Name = "Children and Young People" },
                new() { Kind = RoundOptionKind.Focus, Order = 0, Code = "business-crime", Name = "Crimes affecting businesses" },
            ],
            Criteria = [new() { Order = 0, Code = "need", Name = "Evidence of need", Weight = 100, MaxScore = 5 }],
        };
    }
}
