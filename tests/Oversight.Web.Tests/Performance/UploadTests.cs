using System.Net;
using System.Text;
using MiniExcelLibs;
using Oversight.Core.Accounts;
using Oversight.Core.Audit;
using Oversight.Core.Performance.Observations;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Performance;

public abstract class UploadTests(HostFixture host)
{
    private const string Header = "period,area,value,numerator,denominator,notes";

    [Fact]
    public async Task Upload_FileWithABadRow_NamesFileLineAndFieldAndWritesNothing()
    {
        // Arrange
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);
        var (first, second) = (TestPeriods.Month(), TestPeriods.Month());
        var file = MeasureDataClient.Csv(Header, $"{first},force,3,,,", $"{second},leeds,lots,,,");

        // Act
        var response = await analyst.PostFileAsync("/data/measures/homicide/upload", "DataFile", "bad-row.csv", file);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.GetDocumentAsync();
        Assert.Contains("bad-row.csv, line 3, value: Enter the value as a number, like 42 or 12.5", document.ErrorSummary(), StringComparison.Ordinal);
        Assert.Empty(await host.QueryAsync(db => db.DataUploads.Where(u => u.FileName == "bad-row.csv" && u.Payload.Contains(first))));
        Assert.Empty(await host.ObservationsAsync("homicide", first));
    }

    [Theory]
    [InlineData("homicide", "{0},force,3,,,\n{0},FORCE,4,,,", "line 3, period: Enter each period and area once: {0} force is also on line 2")]
    [InlineData("homicide", "{0},york,3,,,", "line 2, area: Enter an area that is one of: force, bradford, calderdale, kirklees, leeds, wakefield")]
    [InlineData("homicide", "2024-25 Q1,force,3,,,", "line 2, period: Enter a period like 2024-05")]
    [InlineData("homicide", "{0},force,2.5,,,", "line 2, value: Enter a whole number, because this measure is a count")]
    [InlineData("victim-satisfaction", "{1},force,120,,,", "line 2, value: Enter a percentage from 0 to 100")]
    [InlineData("victim-satisfaction", "{1},force,50,60,50,", "line 2, numerator: Enter a numerator that is not more than the denominator")]
    [InlineData("victim-satisfaction", "{1},force,50,60,,", "line 2, denominator: Enter a denominator, or leave the numerator blank")]
    [InlineData("homicide", "2999-01,force,3,,,", "line 2, period: Enter a period that has started; 2999-01 has not")]
    public async Task Upload_RowBreakingARule_IsRefusedNamingLineAndField(string measure, string rows, string expected)
    {
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);
        var (month, quarter) = (TestPeriods.Month(), TestPeriods.Quarter());
        var file = MeasureDataClient.Csv(Header, string.Format(System.Globalization.CultureInfo.InvariantCulture, rows, month, quarter));

        var response = await analyst.PostFileAsync($"/data/measures/{measure}/upload", "DataFile", "rules.csv", file);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("rules.csv, " + string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, month, quarter),
            (await response.GetDocumentAsync()).ErrorSummary(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_GoodFile_PreviewsThenCommitsAsVersionOne()
    {
        // Arrange
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);
        var period = TestPeriods.Month();
        var file = MeasureDataClient.Csv(Header, $"{period},force,12,,,first count", $"{period},leeds,5,,,");

        // Act
        var id = await analyst.UploadAsync("homicide", "good.csv", file);
        var preview = await analyst.PreviewAsync(id);
        var heldBeforeCommit = await host.ObservationsAsync("homicide", period);
        var commit = await analyst.CommitAsync(id);

        // Assert
        Assert.Equal(2, preview.QuerySelectorAll("[data-testid=change-New]").Length);
        Assert.Empty(heldBeforeCommit);
        Assert.Equal(HttpStatusCode.Redirect, commit.StatusCode);
        var held = await host.ObservationsAsync("homicide", period);
        Assert.Equal([("force", 12.0), ("leeds", 5.0)], held.Select(o => (o.Area, o.Value)));
        Assert.All(held, o => Assert.True(o.Version == 1 && o.IsCurrent && o.Source == ObservationSource.PartnerUpload && o.ProvenanceId == id));
        Assert.Equal("first count", held[0].Notes);
        var upload = Assert.Single(await host.QueryAsync(db => db.DataUploads.Where(u => u.Id == id)));
        Assert.Equal(UploadStatus.Committed, upload.Status);
        Assert.Contains("are saved", (await analyst.PreviewAsync(id)).QuerySelector("[data-testid=status]")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resubmit_WithAChangedValue_CreatesVersionTwoAndKeepsVersionOne()
    {
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);
        var period = TestPeriods.Month();
        await analyst.UploadAndCommitAsync("homicide", "v1.csv", MeasureDataClient.Csv(Header, $"{period},bradford,5,,,"));

        var id = await analyst.UploadAsync("homicide", "v2.csv", MeasureDataClient.Csv(Header, $"{period},bradford,7,,,revised"));
        var preview = await analyst.PreviewAsync(id);
        await analyst.CommitAsync(id);

        var change = Assert.Single(preview.QuerySelectorAll("[data-testid=change-Replaces]"));
        Assert.Contains("Replaces version 1", change.TextContent, StringComparison.Ordinal);
        Assert.Equal("5", change.Children[3].TextContent.Trim());
        Assert.Equal("7", change.Children[4].TextContent.Trim());
        var held = await host.ObservationsAsync("homicide", period);
        Assert.Equal([(1, 5.0, false), (2, 7.0, true)], held.Select(o => (o.Version, o.Value, o.IsCurrent)));
    }

    [Fact]
    public async Task Resubmit_TheSameFile_CreatesNothingNew()
    {
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);
        var period = TestPeriods.Month();
        var file = MeasureDataClient.Csv(Header, $"{period},kirklees,9,,,", $"{period},wakefield,4,,,");
        await analyst.UploadAndCommitAsync("homicide", "same.csv", file);

        var id = await analyst.UploadAsync("homicide", "same.csv", file);
        var preview = await analyst.PreviewAsync(id);
        await analyst.CommitAsync(id);

        Assert.NotNull(preview.QuerySelector("[data-testid=nothing-changes]"));
        Assert.Equal(2, preview.QuerySelectorAll("[data-testid=change-Unchanged]").Length);
        var held = await host.ObservationsAsync("homicide", period);
        Assert.Equal(2, held.Count);
        Assert.All(held, o => Assert.Equal(1, o.Version));
    }

    [Fact]
    public async Task Upload_CsvWithByteOrderMarkAndCrlf_IsRead()
    {
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);
        var period = TestPeriods.Month();
        var text = $"Period,Area,Value,Numerator,Denominator,Notes\r\n{period},calderdale,3,,,\"with a comma, and a \"\"quote\"\"\"\r\n\r\n{period},force,8,,,\r\n";
        var file = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true).GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();

        await analyst.UploadAndCommitAsync("homicide", "excel-export.csv", file);

        var held = await host.ObservationsAsync("homicide", period);
        Assert.Equal([("calderdale", 3.0), ("force", 8.0)], held.Select(o => (o.Area, o.Value)));
        Assert.Equal("with a comma, and a \"quote\"", held[0].Notes);
    }

    [Fact]
    public async Task Upload_Xlsx_PreviewsAndCommits()
    {
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);
        var period = TestPeriods.Month();
        var month = DateTime.ParseExact(period, "yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var rows = new List<Dictionary<string, object?>>
        {
            new() { ["period"] = period, ["area"] = "force", ["value"] = 21d, ["notes"] = "typed as text" },
            // Excel turns a typed 2024-05 into a date; it must still read as that month.
            new() { ["period"] = month, ["area"] = "leeds", ["value"] = 6d, ["notes"] = null },
        };
        using var buffer = new MemoryStream();
        buffer.SaveAs(rows, sheetName: "values");

        var id = await analyst.UploadAsync("homicide", "values.xlsx", buffer.ToArray());
        Assert.Equal(2, (await analyst.PreviewAsync(id)).QuerySelectorAll("[data-testid=change-New]").Length);
        await analyst.CommitAsync(id);

        var held = await host.ObservationsAsync("homicide", period);
        Assert.Equal([("force", 21.0), ("leeds", 6.0)], held.Select(o => (o.Area, o.Value)));
    }

    [Fact]
    public async Task Upload_XlsxWithABadRow_NamesTheExcelRow()
    {
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);
        var rows = new List<Dictionary<string, object?>>
        {
            new() { ["period"] = TestPeriods.Month(), ["area"] = "force", ["value"] = 1d },
            new() { ["period"] = TestPeriods.Month(), ["area"] = "force", ["value"] = "n/a" },
        };
        using var buffer = new MemoryStream();
        buffer.SaveAs(rows);

        var response = await analyst.PostFileAsync("/data/measures/homicide/upload", "DataFile", "bad.xlsx", buffer.ToArray());

        Assert.Contains("bad.xlsx, line 3, value: Enter the value as a number", (await response.GetDocumentAsync()).ErrorSummary(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("notes.txt", "period,area,value", "The selected file notes.txt must be a CSV or XLSX")]
    [InlineData("empty.csv", "", "The selected file empty.csv is empty")]
    [InlineData("header-only.csv", "period,area,value", "The selected file has a header but no rows of values")]
    [InlineData("columns.csv", "period,place,value\n2001-01,force,1", "columns.csv, line 1, place: Use only the template's columns")]
    [InlineData("missing.csv", "period,area\n2001-01,force", "missing.csv, line 1, value: Add a column headed \"value\"")]
    [InlineData("broken.xlsx", "not a workbook", "The selected file broken.xlsx could not be opened as an Excel workbook (XLSX): it is damaged or only partly copied")]
    public async Task Upload_FileThatIsNotAValuesTable_SaysWhy(string fileName, string content, string expected)
    {
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);

        var response = await analyst.PostFileAsync("/data/measures/homicide/upload", "DataFile", fileName, Encoding.UTF8.GetBytes(content));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, (await response.GetDocumentAsync()).ErrorSummary(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Discard_APreview_WritesNothingAndCannotBeCommittedAfter()
    {
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);
        var period = TestPeriods.Month();
        var id = await analyst.UploadAsync("homicide", "discard.csv", MeasureDataClient.Csv(Header, $"{period},force,2,,,"));

        await analyst.DiscardAsync(id);
        await analyst.PostCraftedFormAsync($"/data/uploads/{id}?handler=commit", new Dictionary<string, string>());

        Assert.Empty(await host.ObservationsAsync("homicide", period));
        Assert.Equal(UploadStatus.Discarded, Assert.Single(await host.QueryAsync(db => db.DataUploads.Where(u => u.Id == id))).Status);
    }

    [Fact]
    public async Task Upload_PartnerForAMeasureTheirOrganisationDoesNotOwn_IsRefusedAndStoresNothing()
    {
        // Leeds City Council owns no dataset; homicide belongs to West Yorkshire Police.
        var partner = await host.SignedInClientAsync(Roles.PartnerUser, "leeds-city-council");
        var period = TestPeriods.Month();

        var response = await partner.PostCraftedFileAsync("/data/measures/homicide/upload", "DataFile", "leeds.csv", MeasureDataClient.Csv(Header, $"{period},leeds,1,,,"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await host.QueryAsync(db => db.DataUploads.Where(u => u.OrganisationId == "leeds-city-council")));
        Assert.Empty(await host.ObservationsAsync("homicide", period));
    }

    [Fact]
    public async Task Upload_PartnerForTheirOwnDataset_IsPreviewedForThemAndOfficeStaffOnly()
    {
        var police = await host.SignedInClientAsync(Roles.PartnerUser, "west-yorkshire-police");
        var otherPartner = await host.SignedInClientAsync(Roles.PartnerUser, "nhs-west-yorkshire");
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);
        var period = TestPeriods.Month();

        var id = await police.UploadAsync("homicide", "police.csv", MeasureDataClient.Csv(Header, $"{period},force,4,,,"));

        Assert.Single((await police.PreviewAsync(id)).QuerySelectorAll("[data-testid=change-New]"));
        Assert.Single((await analyst.PreviewAsync(id)).QuerySelectorAll("[data-testid=change-New]"));
        Assert.Equal(HttpStatusCode.NotFound, (await otherPartner.GetAsync($"/data/uploads/{id}", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherPartner.PostCraftedFormAsync($"/data/uploads/{id}?handler=commit", new Dictionary<string, string>())).StatusCode);
        Assert.Empty(await host.ObservationsAsync("homicide", period));
    }

    [Fact]
    public async Task Commit_IsAuditedWithTheValueAndWhoSentIt()
    {
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);
        var period = TestPeriods.Month();

        var id = await analyst.UploadAsync("homicide", "audited.csv", MeasureDataClient.Csv(Header, $"{period},wakefield,17,,,"));
        await analyst.CommitAsync(id);

        var observation = Assert.Single(await host.ObservationsAsync("homicide", period));
        var entry = Assert.Single(await host.QueryAsync(db => db.AuditEntries.Where(a => a.EntityType == "Observation" && a.EntityId == observation.Id.ToString())));
        Assert.Equal(AuditAction.Created, entry.Action);
        Assert.Contains("\"Value\":{\"before\":null,\"after\":17}", entry.Changes, StringComparison.Ordinal);
        Assert.StartsWith("analyst-", entry.ActorName, StringComparison.Ordinal);
        var upload = await host.QueryAsync(db => db.AuditEntries.Where(a => a.EntityType == "DataUpload" && a.EntityId == id.ToString()).OrderBy(a => a.Id));
        Assert.Equal([AuditAction.Created, AuditAction.Updated], upload.Select(a => a.Action));
        Assert.Contains("\"Payload\":{\"before\":null,\"after\":\"(redacted)\"}", upload[0].Changes, StringComparison.Ordinal);
        Assert.Contains("\"Status\":", upload[1].Changes, StringComparison.Ordinal);
    }
}

public sealed class UploadTestsOnSqlite(SqliteHost host) : UploadTests(host);

public sealed class UploadTestsOnPostgres(PostgresHost host) : UploadTests(host);
