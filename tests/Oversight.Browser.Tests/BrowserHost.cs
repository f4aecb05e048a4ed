using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Oversight.Core.Accounts;
using Oversight.Core.Data;
using Oversight.Core.Funding.Rounds;
using Oversight.Core.Performance;
using Oversight.Core.Performance.Aggregates;
using Oversight.Core.Performance.PoliceData;
using Oversight.Core.Performance.Reports;
using Oversight.Core.Performance.Sharing;
using Oversight.Domain;
using Oversight.TestCommon;

[assembly: AssemblyFixture(typeof(Oversight.Browser.Tests.BrowserHost))]

namespace Oversight.Browser.Tests;

/// The real app on Kestrel (loopback, any free port) and Debian's Chromium driven by Playwright; one for every browser
/// test, with an open funding round so applicants can be driven through it.
public sealed class BrowserHost : IAsyncLifetime
{
    public const string Password = "Browser-password-2024";
    public const string AdminEmail = "browser-admin@test.oversight.test";
    public const string PartnerEmail = "browser-partner@test.oversight.test";
    public const string AnalystEmail = "browser-analyst@test.oversight.test";
    public const string LeadershipEmail = "browser-leadership@test.oversight.test";

    /// A quarter published at start-up, so its staff and public pages can be checked without a journey first.
    public const string PublishedQuarter = "2023-24 Q4";

    private TestDatabase database = null!;
    private WebApplication app = null!;
    private IPlaywright playwright = null!;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    /// The app's services, for tests that set up records of their own before driving the browser.
    public IServiceProvider Services => app.Services;

    public Guid PublishedReportId { get; private set; }

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        app = Web.WebApp.Build(
            [
                "--urls", "http://127.0.0.1:0",
                $"--Database:Provider={database.Provider}",
                $"--ConnectionStrings:Oversight={database.ConnectionString}",
                "--Security:SignInAttemptsPerMinute=100000",
                // As the demo does: the admin account signs in with a password alone.
                "--Security:RequireTwoFactorForAdministrators=false",
                $"--DataProtection:KeysPath={Path.Combine(Path.GetTempPath(), "oversight-browser-keys")}",
            ],
            contentRoot: WebProjectFolder());
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
            var errors = await scope.ServiceProvider.GetRequiredService<UserAccounts>()
                .CreateAsync(new NewUser(AdminEmail, "Browser Admin", Password, Roles.Administrator, "mayors-office"), CancellationToken.None);
            if (errors.Count > 0)
            {
                throw new InvalidOperationException(string.Join("; ", errors));
            }

            // A Leeds City Council partner under the demo-style agreement: police open data shared from last month.
            errors = await scope.ServiceProvider.GetRequiredService<UserAccounts>()
                .CreateAsync(new NewUser(PartnerEmail, "Browser Partner", Password, Roles.PartnerUser, "leeds-city-council"), CancellationToken.None);
            var today = UkTime.Today(TimeProvider.System);
            var (_, agreementErrors) = await scope.ServiceProvider.GetRequiredService<DataSharingAgreements>().CreateAsync(
                new AgreementDetails("Police open data for Leeds", "Serious Violence Duty", today.AddMonths(-1), today.AddYears(1), ["police-open-data"], ["leeds-city-council"]),
                CancellationToken.None);
            if (errors.Count > 0 || agreementErrors.Count > 0)
            {
                throw new InvalidOperationException(string.Join("; ", errors.Select(e => e.ToString()).Concat(agreementErrors.Select(e => e.ToString()))));
            }

            foreach (var (email, name, role) in new[] { (AnalystEmail, "Browser Analyst", Roles.Analyst), (LeadershipEmail, "Browser Leadership", Roles.Leadership) })
            {
                errors = await scope.ServiceProvider.GetRequiredService<UserAccounts>()
                    .CreateAsync(new NewUser(email, name, Password, role, "mayors-office"), CancellationToken.None);
                if (errors.Count > 0)
                {
                    throw new InvalidOperationException(string.Join("; ", errors));
                }
            }

            var db = scope.ServiceProvider.GetRequiredService<OversightDbContext>();
            db.FundingRounds.Add(OpenRound());
            await db.SaveChangesAsync();

            // Real Leeds figures, so the performance pages are checked with charts and icons, not only empty.
            var table = Path.Combine(AppContext.BaseDirectory, "demo", "police-uk", "leeds_msoa_monthly_street_crime_by_type_2022-08_2025-07.csv");
            // The same figures stand in for the force too, so the published quarterly report has judgements to show.
            foreach (var area in new[] { "leeds", "force" })
            {
                var import = await scope.ServiceProvider.GetRequiredService<AggregateImporter>()
                    .ImportAsync(new ImportSource(table, () => File.OpenRead(table)), area, "2022-08", CancellationToken.None);
                if (import.Rejection is { } problem)
                {
                    throw new InvalidOperationException(problem.ToString());
                }
            }
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            PublishedReportId = await PublishAsync(scope.ServiceProvider.GetRequiredService<QuarterlyReports>(), PublishedQuarter);
        }

        await app.StartAsync();
        BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        // Expectations poll, so a long limit costs nothing when pages are quick (see NewPageAsync).
        Assertions.SetDefaultExpectTimeout(90_000);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("OVERSIGHT_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            // The machine's network is closed: without these Chromium keeps trying to reach Google.
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

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        // Every test project runs at once on a two-core machine: pages can take far longer than Playwright's 30 s default.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        return await context.NewPageAsync();
    }

    /// A grants officer's account; returns its e-mail address. The password is <see cref="Password"/>.
    public async Task<string> CreateGrantsOfficerAsync()
    {
        var email = $"grants-{Guid.NewGuid():N}@test.oversight.test";
        await using var scope = app.Services.CreateAsyncScope();
        var errors = await scope.ServiceProvider.GetRequiredService<UserAccounts>()
            .CreateAsync(new NewUser(email, "Test grants officer", Password, Roles.GrantsOfficer, "mayors-office"), CancellationToken.None);
        Assert.Empty(errors);
        return email;
    }

    /// An account with the role and the scheme of delegation's posts; returns its e-mail address (password <see cref="Password"/>).
    public async Task<string> CreateUserAsync(string role, string name, params string[] posts)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.oversight.test";
        await using var scope = app.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        Assert.Empty(await accounts.CreateAsync(new NewUser(email, name, Password, role, "mayors-office"), CancellationToken.None));
        if (posts.Length > 0)
        {
            var id = await scope.ServiceProvider.GetRequiredService<OversightDbContext>().Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            Assert.True((await accounts.SetPostsAsync(id, posts, CancellationToken.None)).Succeeded);
        }

        return email;
    }

    /// Closes Round 8 as if its closing date had passed. Only a test with a host of its own (a class fixture) may
    /// call it, since the shared host's applicant journeys need the round open.
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

    /// The token of the confirmation link e-mailed to an address.
    public async Task<string> TokenSentToAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var body = await scope.ServiceProvider.GetRequiredService<OversightDbContext>().OutboxEmails.Where(e => e.To == email).Select(e => e.Body).SingleAsync();
        return body[(body.IndexOf("token=", StringComparison.Ordinal) + "token=".Length)..];
    }

    /// Grant Round 8, open from a week ago for a month.
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

    private static async Task<Guid> PublishAsync(QuarterlyReports reports, string quarter)
    {
        var analyst = new MeasureUser("browser-analyst", "Browser Analyst", Roles.Analyst, "mayors-office");
        var leadership = new MeasureUser("browser-leadership", "Browser Leadership", Roles.Leadership, "mayors-office");
        var created = await reports.CreateAsync(analyst, quarter, CancellationToken.None);
        var id = created.ReportId ?? throw new InvalidOperationException(string.Join("; ", created.Errors));
        // A report is submitted on current data: each measure without a value for the quarter says why.
        var missing = await reports.MissingAsync((await reports.FindAsync(id, CancellationToken.None))!, CancellationToken.None);
        var edits = new ReportEdits(
            new Dictionary<string, string?> { ["homicide"] = "Seeded commentary on homicide." },
            new Dictionary<string, ThemeEdit> { ["serious-violence"] = new("Seeded commentary on serious violence.", null, null) },
            missing.ToDictionary(m => m.Id, _ => (string?)"Not supplied for the browser tests"));
        foreach (var step in new[]
        {
            await reports.SaveAsync(analyst, id, edits, CancellationToken.None),
            await reports.SubmitAsync(analyst, id, CancellationToken.None),
            await reports.ApproveAsync(leadership, id, CancellationToken.None),
            await reports.PublishAsync(leadership, id, CancellationToken.None),
        })
        {
            if (step.Kind != ReportOutcomeKind.Done)
            {
                throw new InvalidOperationException($"Publishing {quarter}: {step.Kind} {string.Join("; ", step.Errors)}");
            }
        }

        return id;
    }

    private static string WebProjectFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Oversight.Web");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("Cannot find src/Oversight.Web above " + AppContext.BaseDirectory);
    }
}
