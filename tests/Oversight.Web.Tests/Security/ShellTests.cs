using System.Net;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Security;

public abstract class ShellTests(HostFixture host)
{
    [Fact]
    public async Task Get_AnyPage_SendsSecurityHeaders()
    {
        var response = await host.Factory.CreateBrowserlessClient().GetAsync("/plan", TestContext.Current.CancellationToken);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Get_UnknownAddress_ShowsTheNotFoundPageWith404()
    {
        var response = await host.Factory.CreateBrowserlessClient().GetAsync("/no-such-page", TestContext.Current.CancellationToken);
        var document = await response.GetDocumentAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", document.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRejected()
    {
        var client = host.Factory.CreateBrowserlessClient();

        var response = await client.PostAsync("/sign-in", new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "a@b.test", ["Password"] = "x" }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Health_WithDatabaseUp_ReportsHealthy()
    {
        var response = await host.Factory.CreateBrowserlessClient().GetAsync("/health", TestContext.Current.CancellationToken);

        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Home_Anonymous_OffersSignInAndNoAdministration()
    {
        var document = await (await host.Factory.CreateBrowserlessClient().GetAsync("/", TestContext.Current.CancellationToken)).GetDocumentAsync();

        Assert.NotNull(document.QuerySelector("[data-testid=sign-in-link]"));
        Assert.DoesNotContain("Administration", document.QuerySelector("#navigation")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_Administrator_ShowsAdministrationInNavigationAndCards()
    {
        var client = await host.ClientForRoleAsync(Core.Accounts.Roles.Administrator);

        var document = await (await client.GetAsync("/", TestContext.Current.CancellationToken)).GetDocumentAsync();

        Assert.Contains("Administration", document.QuerySelector("#navigation")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Administration", document.QuerySelector("[data-testid=capabilities]")?.TextContent, StringComparison.Ordinal);
    }
}

public sealed class ShellTestsOnSqlite(SqliteHost host) : ShellTests(host);

public sealed class ShellTestsOnPostgres(PostgresHost host) : ShellTests(host);
