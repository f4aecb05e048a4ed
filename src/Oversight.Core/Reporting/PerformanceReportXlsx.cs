using MiniExcelLibs;
using Oversight.Core.Performance.Reports;

namespace Oversight.Core.Reporting;

/// The report as a workbook: a Summary sheet, one sheet per theme and a Data sheet with every value behind it.
public static class PerformanceReportXlsx
{
    // Excel refuses sheet names longer than 31 characters or holding any of these.
    private const int SheetNameLength = 31;
    private static readonly char[] Forbidden = [':', '\\', '/', '?', '*', '[', ']'];

    public static byte[] Write(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal) { ["Summary"] = Summary(document) };
        foreach (var theme in document.Themes)
        {
            sheets[SheetName(theme)] = Theme(document, theme);
        }

        sheets["Data"] = Data(document);
        using var buffer = new MemoryStream();
        buffer.SaveAs(sheets, excelType: ExcelType.XLSX);
        return buffer.ToArray();
    }

    /// "Theme 2 Serious violence", cut to what Excel allows; the number keeps names unique.
    public static string SheetName(ThemeSnapshot theme)
    {
        ArgumentNullException.ThrowIfNull(theme);
        var name = new string([.. $"Theme {theme.Number} {theme.Title}".Select(c => Forbidden.Contains(c) ? ' ' : c)]).Trim();
        return name.Length <= SheetNameLength ? name : name[..SheetNameLength].TrimEnd();
    }

    private static List<Dictionary<string, object?>> Summary(ReportDocument document) =>
    [
        .. document.Measures.Select(x => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["Theme"] = $"Theme {x.Theme.Number}: {x.Theme.Title}",
            ["Overall judgement"] = x.Theme.Judgement,
            ["Measure"] = x.Measure.Name,
            ["Latest"] = document.LatestText(x.Measure),
            ["Period"] = x.Measure.LatestPeriod ?? "",
            ["Variation"] = ReportWords.Variation(x.Measure.Variation),
            ["Assurance"] = ReportWords.Assurance(x.Measure.Assurance),
        }),
    ];

    private static List<Dictionary<string, object?>> Theme(ReportDocument document, ThemeSnapshot theme) =>
    [
        .. theme.Measures.Select(m => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["Measure"] = m.Name,
            ["Latest"] = document.LatestText(m),
            ["Period"] = m.LatestPeriod ?? "",
            ["Variation"] = ReportWords.Variation(m.Variation),
            ["Assurance"] = ReportWords.Assurance(m.Assurance),
            ["Commentary"] = m.Commentary,
        }),
    ];

    private static List<Dictionary<string, object?>> Data(ReportDocument document) =>
    [
        .. document.Annex.Select(row => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["Theme"] = row.Theme.Title,
            ["Measure id"] = row.Measure.Id,
            ["Measure"] = row.Measure.Name,
            ["Period"] = row.Period,
            // N.B. a number wherever it may be shown, so the sheet can be charted and summed.
            ["Value"] = document.Hides(row.Measure.Unit, row.Value) ? ReportDocument.Suppressed : row.Value,
            ["Mean"] = row.Mean,
            ["Lower limit"] = row.Lower,
            ["Upper limit"] = row.Upper,
        }),
    ];
}
