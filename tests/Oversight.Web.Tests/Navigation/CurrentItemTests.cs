using Oversight.Core.Accounts;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Navigation;

/// The service navigation marks exactly one item as the current page, the closest one above it.
public abstract class CurrentItemTests(HostFixture host)
{
    [Theory]
    [InlineData("/performance/reports", "Reports", "Quarterly reports")]
    [InlineData("/performance/police-data", "Performance", "Police data")]
    [InlineData("/performance", "Performance", "Performance")]
    [InlineData("/reports", "Reports", "Published reports")]
    [InlineData("/publications", "Reports", "Publications")]
    public async Task Page_AsAnAnalyst_MarksOneGroupAndOneCurrentItem(string path, string group, string item)
    {
        // Arrange
        var client = await host.ClientForRoleAsync(Roles.Analyst);

        // Act
        var document = await (await client.GetAsync(path, TestContext.Current.CancellationToken)).GetDocumentAsync();

        // Assert
        var groups = document.QuerySelectorAll("#navigation [aria-current]").Select(a => a.TextContent.Trim()).ToList();
        var items = document.QuerySelectorAll("#section-navigation [aria-current=page]").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal([group], groups);
        Assert.Equal([item], items);
    }

    [Fact]
    public async Task Navigation_ForAnAdministrator_IsOneLinkPerGroup_AndEveryItemIsInItsGroup()
    {
        // Arrange
        var client = await host.ClientForRoleAsync(Roles.Administrator);

        // Act
        var home = await (await client.GetAsync("/", TestContext.Current.CancellationToken)).GetDocumentAsync();
        var visits = await (await client.GetAsync("/custody-visits", TestContext.Current.CancellationToken)).GetDocumentAsync();

        // Assert
        var top = home.QuerySelectorAll("#navigation a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(["Performance", "Reports", "Accountability", "Custody", "Funding", "Consultations", "Casework", "Administration"], top);
        Assert.Empty(home.QuerySelectorAll("#section-navigation"));
        Assert.Equal(["Custody and justice", "Custody visits"], visits.QuerySelectorAll("#section-navigation a").Select(a => a.TextContent.Trim()));
        Assert.Equal("Custody visits", visits.QuerySelector("#section-navigation [aria-current=page]")?.TextContent.Trim());
    }

    [Fact]
    public async Task Navigation_ForAVisitor_NamesAGroupOfOneByItsItem()
    {
        var document = await (await host.Factory.CreateBrowserlessClient().GetAsync("/reports", TestContext.Current.CancellationToken)).GetDocumentAsync();

        var top = document.QuerySelectorAll("#navigation a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(["Police and Crime Plan", "Published reports", "Accountability"], top);
        Assert.Equal("/sign-in", document.QuerySelector("header [data-testid=sign-in-link]")?.GetAttribute("href"));
        Assert.Equal("page", document.QuerySelector("#navigation a[href='/reports']")?.GetAttribute("aria-current"));
    }
}

public sealed class CurrentItemTestsOnSqlite(SqliteHost host) : CurrentItemTests(host);

public sealed class CurrentItemTestsOnPostgres(PostgresHost host) : CurrentItemTests(host);
