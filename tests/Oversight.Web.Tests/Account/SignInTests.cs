using System.Net;
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
    public async Task Post_AfterFiveWrongPasswords_LocksTheAccountEvenForTheRightOne()
    {
        var email = await host.CreateUserAsync(Roles.Analyst);
        var client = host.Factory.CreateBrowserlessClient();
        for (var i = 0; i < 5; i++)
        {
            await client.SignInAsync(email, "wrong-password-123");
        }

        var response = await client.SignInAsync(email, HostFixture.Password);
        var document = await response.GetDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("locked", document.QuerySelector(".govuk-error-summary")?.TextContent, StringComparison.Ordinal);
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
