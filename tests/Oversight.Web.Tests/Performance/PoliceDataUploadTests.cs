using System.Net;
using Oversight.Core.Accounts;
using Oversight.Core.Performance.PoliceData;
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
    public async Task Upload_SkipBadRows_ListsEachRejectedRowUpToAHundred()
    {
        var analyst = await host.SignedInClientAsync(Roles.Analyst);
        var folder = Directory.CreateTempSubdirectory("oversight-upload-test-").FullName;
        var file = Path.Combine(folder, "2015-06-city-of-london-street.csv");
        var good = ",2015-06,City of London Police,City of London Police,,,No Location,,,Anti-social behaviour,,";
        var bad = Enumerable.Range(0, 102).Select(i => $"x{i},2015-06,too,few");
        await File.WriteAllLinesAsync(file, [string.Join(",", PoliceFileFormat.Street), good, .. bad], TestContext.Current.CancellationToken);

        var response = await analyst.PostFilesAsync("/performance/police-data/upload",
            new Dictionary<string, string> { ["AnyForce"] = "true", ["SkipBadRows"] = "true" }, ("Files", file));

        Directory.Delete(folder, recursive: true);
        var page = await response.GetDocumentAsync();
        var rows = page.QuerySelectorAll("[data-testid=rejected-rows] tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(100, rows.Count);
        Assert.Equal(["2015-06-city-of-london-street.csv", "3", "-", "expected 12 fields, found 4"], rows[0]);
        Assert.Equal("102", rows[^1][1]);
        Assert.Contains("And 2 more rows not imported", page.QuerySelector("[data-testid=rejected-rows-more]")?.TextContent, StringComparison.Ordinal);
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
