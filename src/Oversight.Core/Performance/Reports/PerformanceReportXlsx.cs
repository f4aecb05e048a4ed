using Oversight.Core.Documents;
using Oversight.Core.Spreadsheets;

namespace Oversight.Core.Performance.Reports;

/// The report as a workbook: a Summary sheet, a Comparisons sheet when measures are compared with similar forces, one sheet per theme and a Data sheet with every value behind it.
public static class PerformanceReportXlsx
{
    // Excel refuses sheet names longer than 31 characters or holding any of these.
    private const int SheetNameLength = 31;
    private static readonly char[] Forbidden = [':', '\\', '/', '?', '*', '[', ']'];

    public static byte[] Write(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Sheet[] compared = document.Comparisons.Count > 0 ? [Comparisons(document)] : [];
        return SpreadsheetWriter.Xlsx([Summary(document), .. compared, .. document.Themes.Select(t => Theme(document, t)), Data(document)]);
    }

    /// "Theme 2 Serious violence", cut to what Excel allows; the number keeps names unique.
    public static string SheetName(ThemeSnapshot theme)
    {
        ArgumentNullException.ThrowIfNull(theme);
        var name = new string([.. $"Theme {theme.Number} {theme.Title}".Select(c => Forbidden.Contains(c) ? ' ' : c)]).Trim();
        return name.Length <= SheetNameLength ? name : name[..SheetNameLength].TrimEnd();
    }

    private static Sheet Summary(ReportDocument document) => new(
        "Summary",
        ["Theme", "Overall judgement", "Measure", "Latest", "Period", "Variation", "Assurance"],
        document.Measures.Select(x => (IReadOnlyList<object?>)
        [
            $"Theme {x.Theme.Number}: {x.Theme.Title}", x.Theme.Judgement, x.Measure.Name, document.LatestText(x.Measure),
            x.Measure.LatestPeriod ?? "", ReportWords.Variation(x.Measure.Variation), ReportWords.Assurance(x.Measure.Assurance),
        ]));

    private static Sheet Comparisons(ReportDocument document) => new(
        "Comparisons",
        ["Measure", "From", "To", "Comparison group", "Home Office MSG", "Force rate per 1,000", "Group rate per 1,000", "England and Wales rate per 1,000", "Rank", "Of", "Judgement"],
        document.Comparisons.Select(x => (IReadOnlyList<object?>)
        [
            x.Measure.Name, x.Comparison.From, x.Comparison.To, x.Comparison.Group, x.Comparison.GroupOfficial ? "yes" : "no (labelled fallback group)",
            x.Comparison.RatePerThousand, x.Comparison.GroupRatePerThousand, x.Comparison.EnglandWalesRatePerThousand, x.Comparison.Rank, x.Comparison.Of, x.Comparison.Judgement,
        ]));

    private static Sheet Theme(ReportDocument document, ThemeSnapshot theme) => new(
        SheetName(theme),
        ["Measure", "Latest", "Period", "Variation", "Assurance", "Commentary"],
        theme.Measures.Select(m => (IReadOnlyList<object?>)
        [
            m.Name, document.LatestText(m), m.LatestPeriod ?? "", ReportWords.Variation(m.Variation), ReportWords.Assurance(m.Assurance), m.Commentary,
        ]));

    // N.B. a number wherever it may be shown, so the sheet can be charted and summed.
    private static Sheet Data(ReportDocument document) => new(
        "Data",
        ["Theme", "Measure id", "Measure", "Period", "Value", "Mean", "Lower limit", "Upper limit"],
        document.Annex.Select(row => (IReadOnlyList<object?>)
        [
            row.Theme.Title, row.Measure.Id, row.Measure.Name, row.Period,
            document.Hides(row.Measure.Unit, row.Value) ? SmallCounts.Suppressed : row.Value,
            row.Mean, row.Lower, row.Upper,
        ]));
}
