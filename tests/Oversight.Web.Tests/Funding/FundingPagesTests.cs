using System.Net;
using Oversight.Core.Accounts;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Funding;

public abstract class FundingPagesTests(HostFixture host)
{
    [Theory]
    [InlineData("/funding", "Mayor's Safer Communities Fund")]
    [InlineData("/funding/reports", "Safer Communities Fund: all years")]
    [InlineData("/funding/reports?year=2024-25", "Safer Communities Fund: 2024-25")]
    [InlineData("/funding/victims", "Victims' services commissioned in 2024-25")]
    [InlineData("/funding/templates", "Award letter and grant agreement")]
    public async Task Get_OfficePage_Renders(string url, string heading)
    {
        var office = await host.ClientForRoleAsync(Roles.GrantsOfficer);

        var response = await office.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(heading, (await response.GetDocumentAsync()).QuerySelector("h1")?.TextContent.Trim());
    }

    [Theory]
    [InlineData("/funding/open-data/2024-25.pdf")]
    [InlineData("/funding/open-data/2024-2025.json")]
    [InlineData("/funding/open-data/1990-91.json")]
    public async Task Get_DownloadThatCannotExist_Is404(string url)
    {
        var response = await host.Factory.CreateBrowserlessClient().GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Templates_WithoutAnAgreement_AreRefused()
    {
        var office = await host.SignedInClientAsync(Roles.GrantsOfficer);
        var letter = "Dear {organisation}, you have {amount}.";

        var saved = await (await office.PostFormAsync("/funding/templates", new Dictionary<string, string> { ["Letter"] = letter, ["Agreement"] = "" })).GetDocumentAsync();

        Assert.Contains("Enter the grant agreement", saved.ErrorSummary(), StringComparison.Ordinal);
    }
}

public sealed class FundingPagesTestsOnSqlite(SqliteHost host) : FundingPagesTests(host);

public sealed class FundingPagesTestsOnPostgres(PostgresHost host) : FundingPagesTests(host);
