using System.Net;
using System.Text;
using MiniExcelLibs;
using Oversight.Core.Accounts;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Performance;

public abstract class TemplateTests(HostFixture host)
{
    [Fact]
    public async Task Csv_ForAQuarterlyMeasure_HasTheColumnsAndARowPerAreaForTheLastFullQuarter()
    {
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);

        var response = await analyst.GetAsync("/data/measures/victim-satisfaction/template.csv", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("victim-satisfaction-template.csv", response.Content.Headers.ContentDisposition?.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("period,area,value,numerator,denominator,notes", lines[0]);
        Assert.Equal(["force", "bradford", "calderdale", "kirklees", "leeds", "wakefield"], lines.Skip(1).Select(l => l.Split(',')[1]));
        Assert.All(lines.Skip(1), l => Assert.Matches(@"^\d{4}-\d{2} Q[1-4],", l));
    }

    [Fact]
    public async Task Xlsx_HasAValuesSheetWithAMonthPerAreaAndAGuidanceSheet()
    {
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);

        var bytes = await analyst.GetByteArrayAsync("/data/measures/homicide/template.xlsx", TestContext.Current.CancellationToken);

        using var stream = new MemoryStream(bytes);
        Assert.Equal(["values", "guidance"], stream.GetSheetNames());
        var rows = stream.Query(useHeaderRow: true, sheetName: "values").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(6, rows.Count);
        Assert.All(rows, r => Assert.Matches(@"^\d{4}-\d{2}$", r["period"]?.ToString()));
        Assert.Equal(["period", "area", "value", "numerator", "denominator", "notes"], rows[0].Keys);
    }

    [Theory]
    [InlineData("/data/measures/homicide/template.pdf")]
    [InlineData("/data/measures/no-such-measure/template.csv")]
    public async Task Get_UnknownFormatOrMeasure_Is404(string url)
    {
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);

        var response = await analyst.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

public sealed class TemplateTestsOnSqlite(SqliteHost host) : TemplateTests(host);

public sealed class TemplateTestsOnPostgres(PostgresHost host) : TemplateTests(host);
