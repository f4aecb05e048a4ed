using System.Net;
using AngleSharp.Html.Dom;
using Oversight.Core.Accounts;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Accountability;

/// The published 2025/26 precept table, from a requirement and tax base typed into the page, shown exactly.
public abstract class PreceptPagesTests(HostFixture host)
{
    // District tax bases summing to 726,452.37 Band D equivalents; with these requirements Band D is £236.28 then £249.28.
    private static readonly Dictionary<string, string> TaxBases = new()
    {
        ["TaxBases[bradford]"] = "140312.55",
        ["TaxBases[calderdale]"] = "61874.20",
        ["TaxBases[kirklees]"] = "127905.68",
        ["TaxBases[leeds]"] = "262118.43",
        ["TaxBases[wakefield]"] = "134241.51",
    };

    [Fact]
    public async Task RecordedYears_GiveThePublishedTableForEveryBand()
    {
        // Arrange
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);

        // Act
        var first = await analyst.PostFormAsync("/accountability/precept/new", Year("2024-25", "171647836.82"));
        var second = await analyst.PostFormAsync("/accountability/precept/new", Year("2025-26", "181091289.77"));
        var page = await (await analyst.GetAsync("/accountability/precept?year=2025-26", TestContext.Current.CancellationToken)).GetDocumentAsync();

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal("726,452.37 Band D equivalents", page.QuerySelector("[data-testid=tax-base]")?.TextContent.Trim());
        Assert.Equal(["£157.52", "£166.19", "£8.67", "£0.17"], Row(page, "precept-table", "A"));
        Assert.Equal(["£183.78", "£193.89", "£10.11", "£0.19"], Row(page, "precept-table", "B"));
        Assert.Equal(["£236.28", "£249.28", "£13.00", "£0.25"], Row(page, "precept-table", "D"));
        Assert.Equal(["£472.56", "£498.56", "£26.00", "£0.50"], Row(page, "precept-table", "H"));
        Assert.Equal(8, page.QuerySelectorAll("[data-testid=precept-table] tbody tr").Length);
    }

    [Fact]
    public async Task Proposal_OfFivePointFivePercent_On2024To25_GivesBandD24928()
    {
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);
        await analyst.PostFormAsync("/accountability/precept/new", Year("2024-25", "171647836.82"));

        var page = await (await analyst.GetAsync("/accountability/precept?year=2024-25&percent=5.5", TestContext.Current.CancellationToken)).GetDocumentAsync();
        var pounds = await (await analyst.GetAsync("/accountability/precept?year=2024-25&pounds=13", TestContext.Current.CancellationToken)).GetDocumentAsync();

        Assert.Equal(["£236.28", "£249.28", "£13.00", "£0.25"], Row(page, "proposal-table", "D"));
        Assert.Equal(["£236.28", "£249.28", "£13.00", "£0.25"], Row(pounds, "proposal-table", "D"));
        Assert.Contains("£9,443,880.81 more", pounds.QuerySelector("[data-testid=proposal-total]")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordYear_WithAMissingTaxBase_NamesTheDistrictAndSavesNothingNew()
    {
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);
        var fields = Year("1999-00", "100");
        fields["TaxBases[leeds]"] = "";

        var response = await analyst.PostFormAsync("/accountability/precept/new", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Error: Enter the tax base of Leeds as a number of Band D equivalents, like 140312.55",
            (await response.GetDocumentAsync()).QuerySelector("#TaxBase-leeds-error")?.TextContent.Trim());
        Assert.Empty(await host.QueryAsync(db => db.PreceptRecords.Where(p => p.Year == "1999-00")));
    }

    private static Dictionary<string, string> Year(string year, string requirement) =>
        new(TaxBases) { ["Year"] = year, ["Requirement"] = requirement };

    private static string[] Row(IHtmlDocument page, string table, string band) =>
        [.. page.QuerySelectorAll($"[data-testid={table}] tr[data-band={band}] td").Select(c => c.TextContent.Trim())];
}

public sealed class PreceptPagesTestsOnSqlite(SqliteHost host) : PreceptPagesTests(host);

public sealed class PreceptPagesTestsOnPostgres(PostgresHost host) : PreceptPagesTests(host);
