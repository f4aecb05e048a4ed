using System.Net;
using Oversight.Core.Accounts;
using Oversight.TestCommon;
using static Oversight.Web.Tests.Account.AccountForms;

namespace Oversight.Web.Tests.Account;

public abstract class PasswordResetTests(ClockHost host)
{
    private const string NewPassword = "New-password-2025";

    [Fact]
    public async Task ForgotPassword_KnownAndUnknownAddress_GiveTheSameAnswerAndOnlyTheAccountIsEmailed()
    {
        var known = await host.CreateUserAsync(Roles.Analyst);
        var unknown = $"nobody-{Guid.NewGuid():N}@test.oversight.test";

        var answers = new List<string?>();
        foreach (var address in new[] { known, unknown })
        {
            var response = await host.Factory.CreateBrowserlessClient().PostFormAsync("/forgot-password", new Dictionary<string, string> { ["Email"] = address });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            answers.Add((await response.GetDocumentAsync()).QuerySelector("main")?.TextContent.Replace(address, "", StringComparison.Ordinal).Trim());
        }

        Assert.Contains("Check your email", answers[0], StringComparison.Ordinal);
        Assert.Equal(answers[0], answers[1]);
        Assert.Single(await OutboxAsync(host, known));
        Assert.Empty(await OutboxAsync(host, unknown));
    }

    [Fact]
    public async Task ResetLink_WorksOnceAndEndsEveryOtherSession()
    {
        // Arrange: the account is signed in elsewhere, and its holder asks for a link.
        var email = await host.CreateUserAsync(Roles.Analyst);
        var elsewhere = await host.SignInAsync(email);
        Assert.NotNull(await WelcomeAsync(elsewhere));
        var browser = host.Factory.CreateBrowserlessClient();
        await browser.PostFormAsync("/forgot-password", new Dictionary<string, string> { ["Email"] = email });
        var link = await ResetLinkAsync(host, email);

        // Act
        var reset = await browser.PostFormAsync(link, new Dictionary<string, string> { ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword });
        host.Clock.Advance(TimeSpan.FromMinutes(2));
        var again = await (await browser.GetAsync(link, TestContext.Current.CancellationToken)).GetDocumentAsync();

        // Assert
        Assert.NotNull((await reset.GetDocumentAsync()).QuerySelector("[data-testid=reset-done]"));
        Assert.Null(await WelcomeAsync(elsewhere));
        Assert.NotNull(again.QuerySelector("[data-testid=reset-link-invalid]"));
        Assert.Null(again.QuerySelector("input[name=Password]"));
        Assert.Equal(HttpStatusCode.Redirect, (await host.Factory.CreateBrowserlessClient().SignInAsync(email, NewPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Factory.CreateBrowserlessClient().SignInAsync(email, HostFixture.Password)).StatusCode);
    }

    [Fact]
    public async Task ResetLink_OlderThan60Minutes_IsRefused()
    {
        var email = await host.CreateUserAsync(Roles.Analyst);
        var browser = host.Factory.CreateBrowserlessClient();
        await browser.PostFormAsync("/forgot-password", new Dictionary<string, string> { ["Email"] = email });
        var link = await ResetLinkAsync(host, email);

        host.Clock.Advance(TimeSpan.FromMinutes(59));
        var within = await (await browser.GetAsync(link, TestContext.Current.CancellationToken)).GetDocumentAsync();
        host.Clock.Advance(TimeSpan.FromMinutes(2));
        var after = await (await browser.GetAsync(link, TestContext.Current.CancellationToken)).GetDocumentAsync();

        Assert.NotNull(within.QuerySelector("input[name=Password]"));
        Assert.NotNull(after.QuerySelector("[data-testid=reset-link-invalid]"));
        Assert.Null(after.QuerySelector("input[name=Password]"));
    }

    [Fact]
    public async Task ResetEmail_WithASiteUrl_CarriesAnAbsoluteLinkThatWorks()
    {
        var email = await host.CreateUserAsync(Roles.Analyst);
        await using var app = host.Factory.WithWebHostBuilder(b => b.UseSetting("Email:SiteUrl", "https://oversight.example.org/"));
        await app.CreateClient().PostFormAsync("/forgot-password", new Dictionary<string, string> { ["Email"] = email });

        var body = (await OutboxAsync(host, email)).Single().Body;
        var link = System.Text.RegularExpressions.Regex.Match(body, @"https://oversight\.example\.org(/reset-password\?\S+)");

        Assert.True(link.Success, body);
        var page = await (await app.CreateClient().GetAsync(link.Groups[1].Value, TestContext.Current.CancellationToken)).GetDocumentAsync();
        Assert.NotNull(page.QuerySelector("input[name=Password]"));
    }

    private static async Task<string?> WelcomeAsync(HttpClient client) =>
        (await (await client.GetAsync("/", TestContext.Current.CancellationToken)).GetDocumentAsync()).QuerySelector("[data-testid=welcome]")?.TextContent;
}

public sealed class PasswordResetTestsOnSqlite(SqliteClockHost host) : PasswordResetTests(host), IClassFixture<SqliteClockHost>;

public sealed class PasswordResetTestsOnPostgres(PostgresClockHost host) : PasswordResetTests(host), IClassFixture<PostgresClockHost>;
