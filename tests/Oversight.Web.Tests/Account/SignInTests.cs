using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Accounts;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Account;

public abstract class SignInTests(HostFixture host)
{
    [Fact]
    public async Task Post_WithCorrectPassword_SignsInAndShowsWelcome()
    {
        // Arrange
        var email = await host.CreateUserAsync(Roles.Analyst);
        var client = host.Factory.CreateBrowserlessClient();

        // Act
        var response = await client.SignInAsync(email, HostFixture.Password);
        var home = await (await client.GetAsync("/", TestContext.Current.CancellationToken)).GetDocumentAsync();

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Welcome, Test Analyst", home.QuerySelector("[data-testid=welcome]")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithWrongPassword_ShowsErrorAndStaysSignedOut()
    {
        var email = await host.CreateUserAsync(Roles.Analyst);
        var client = host.Factory.CreateBrowserlessClient();

        var response = await client.SignInAsync(email, "wrong-password-123");
        var document = await response.GetDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter a correct email address and password", document.QuerySelector(".govuk-error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Null((await (await client.GetAsync("/", TestContext.Current.CancellationToken)).GetDocumentAsync()).QuerySelector("[data-testid=welcome]"));
    }

    [Fact]
    public async Task Post_WithBlankFields_ShowsAnErrorForEach()
    {
        var client = host.Factory.CreateBrowserlessClient();

        var document = await (await client.SignInAsync("", "")).GetDocumentAsync();

        Assert.Equal("Enter your email address", document.QuerySelector("#Email-error")?.TextContent.Replace("Error:", "", StringComparison.Ordinal).Trim());
        Assert.Equal("Enter your password", document.QuerySelector("#Password-error")?.TextContent.Replace("Error:", "", StringComparison.Ordinal).Trim());
    }

    [Fact]
    public async Task Post_UnknownAddressWrongPasswordAndLockedAccount_GiveTheSameAnswer()
    {
        // Arrange: a real account, and one locked (as Identity's old lock-out left some) tried with its right password.
        var email = await host.CreateUserAsync(Roles.Analyst);
        var locked = await host.CreateUserAsync(Roles.Analyst);
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            var user = await users.FindByEmailAsync(locked);
            await users.SetLockoutEndDateAsync(user!, DateTimeOffset.MaxValue);
        }

        // Act
        var answers = new List<(HttpStatusCode, string?)>();
        foreach (var (address, password) in new[] { ($"nobody-{Guid.NewGuid():N}@test.oversight.test", "wrong-password-123"), (email, "wrong-password-123"), (locked, HostFixture.Password) })
        {
            var response = await host.Factory.CreateBrowserlessClient().SignInAsync(address, password);
            var document = await response.GetDocumentAsync();
            answers.Add((response.StatusCode, document.QuerySelector("main")?.TextContent.Replace(address, "", StringComparison.Ordinal).Trim()));
        }

        // Assert
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Item1));
        Assert.Contains("Enter a correct email address and password", answers[0].Item2, StringComparison.Ordinal);
        Assert.Equal(answers[0].Item2, answers[1].Item2);
        Assert.Equal(answers[0].Item2, answers[2].Item2);
    }

    [Fact]
    public async Task Post_WithExternalReturnUrl_RedirectsHomeInstead()
    {
        var email = await host.CreateUserAsync(Roles.Analyst);
        var client = host.Factory.CreateBrowserlessClient();

        var response = await client.PostFormAsync("/sign-in?ReturnUrl=https%3A%2F%2Fevil.example%2F",
            new Dictionary<string, string> { ["Email"] = email, ["Password"] = HostFixture.Password, ["ReturnUrl"] = "https://evil.example/" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task SignOut_Post_EndsTheSession()
    {
        var client = await host.SignedInClientAsync(Roles.Administrator);

        var response = await client.PostFormAsync("/sign-out", new Dictionary<string, string>());
        var admin = await client.GetAsync("/admin", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/sign-in", admin.Headers.Location?.ToString(), StringComparison.Ordinal);
    }
}

public sealed class SignInTestsOnSqlite(SqliteHost host) : SignInTests(host);

public sealed class SignInTestsOnPostgres(PostgresHost host) : SignInTests(host);
