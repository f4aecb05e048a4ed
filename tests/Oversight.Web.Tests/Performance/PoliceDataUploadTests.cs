using System.Net;
using Oversight.Core.Accounts;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Performance;

public abstract class PoliceDataUploadTests(HostFixture host)
{
    [Fact]
    public async Task Upload_RealFileAsAnalyst_ImportsItAndListsItsProvenance()
    {
        var analyst = await host.SignedInClientAsync(Roles.Analyst);
        var file = SharedData.Path("police-uk", "raw", "city-of-london", "2017-01", "2017-01-city-of-london-stop-and-search.csv");

        var response = await analyst.PostFilesAsync("/performance/police-data/upload", new Dictionary<string, string> { ["AnyForce"] = "true" }, ("Files", file));
        var list = await (await analyst.GetAsync("/performance/police-data", TestContext.Current.CancellationToken)).GetDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("2017-01: 100 rows imported", (await response.GetDocumentAsync()).QuerySelector("[data-testid=results]")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("2017-01-city-of-london-stop-and-search.csv", list.QuerySelector("[data-testid=files]")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_OtherForceWithoutTicking_ShowsTheRejection()
    {
        var analyst = await host.SignedInClientAsync(Roles.Analyst);
        var file = SharedData.Path("police-uk", "raw", "city-of-london", "2017-02", "2017-02-city-of-london-street.csv");

        var response = await analyst.PostFilesAsync("/performance/police-data/upload", new Dictionary<string, string>(), ("Files", file));

        Assert.Contains("the file is for city-of-london, not west-yorkshire", (await response.GetDocumentAsync()).QuerySelector("[data-testid=results]")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_NoFiles_ShowsAnError()
    {
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);

        var response = await analyst.PostFilesAsync("/performance/police-data/upload", new Dictionary<string, string>());

        Assert.Contains("Select one or more police.uk files", (await response.GetDocumentAsync()).QuerySelector(".govuk-error-summary")?.TextContent, StringComparison.Ordinal);
    }
}

public sealed class PoliceDataUploadTestsOnSqlite(SqliteHost host) : PoliceDataUploadTests(host);

public sealed class PoliceDataUploadTestsOnPostgres(PostgresHost host) : PoliceDataUploadTests(host);
