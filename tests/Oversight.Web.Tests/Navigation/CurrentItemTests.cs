using Oversight.Core.Accounts;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Navigation;

/// The service navigation marks exactly one item as the current page, the closest one above it.
public abstract class CurrentItemTests(HostFixture host)
{
    [Theory]
    [InlineData("/performance/reports", "Quarterly reports")]
    [InlineData("/performance/police-data", "Police data")]
    [InlineData("/performance", "Performance")]
    [InlineData("/reports", "Published reports")]
    [InlineData("/publications", "Publications")]
    public async Task Page_AsAnAnalyst_MarksOneCurrentItem(string path, string expected)
    {
        // Arrange
        var client = await host.ClientForRoleAsync(Roles.Analyst);

        // Act
        var document = await (await client.GetAsync(path, TestContext.Current.CancellationToken)).GetDocumentAsync();

        // Assert
        var current = document.QuerySelectorAll("#navigation [aria-current=page]").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal([expected], current);
    }
}

public sealed class CurrentItemTestsOnSqlite(SqliteHost host) : CurrentItemTests(host);

public sealed class CurrentItemTestsOnPostgres(PostgresHost host) : CurrentItemTests(host);
