using AngleSharp.Html.Parser;
using Oversight.Core.Performance.Reports;
using Oversight.Domain.Plan;
using Oversight.Web.Performance.Documents;
using Oversight.Web.Tests.Documents;

namespace Oversight.Web.Tests.Performance.Documents;

public sealed class PerformanceReportTests
{
    [Fact]
    public async Task Render_ComparedMeasure_HasTheComparisonsSectionWithRatesRankJudgementAndFallbackLabel()
    {
        var compared = new ComparisonSnapshot("2023-04", "2024-03", "Metropolitan county forces", false, 1.988, 3.3822, 2.9818, 1, 4, "better", "Rate per 1,000 residents …");
        var violence = new MeasureSnapshot("violence-and-sexual-offences", "Violence and sexual offences", MeasureUnit.Count, 4675, "2024-01", null, null, "", Comparison: compared);
        var homicide = new MeasureSnapshot("homicide", "Homicide", MeasureUnit.Count, 3, "2024-01", null, null, "");
        var theme = new ThemeSnapshot("t", 1, "Safer streets", "Stable", null, null, "", [violence, homicide]);
        var cover = new ReportCover("Office", "Plan", "West Yorkshire", "2023-24 Q4", 1, ReportStatus.Published, null, null);

        var html = new HtmlParser().ParseDocument(await Rendered.HtmlAsync<PerformanceReport>(new Dictionary<string, object?> { [nameof(PerformanceReport.Document)] = new ReportDocument(cover, [theme], ReportAudience.Public) }));

        var section = html.QuerySelector("#comparisons")!;
        var rows = section.QuerySelectorAll("tbody tr");
        Assert.Equal(["Violence and sexual offences", "1.99", "3.38", "2.98", "1 of 4", "better"], Assert.Single(rows).Children.Select(c => c.TextContent));
        Assert.Contains("Labelled fallback group", section.TextContent, StringComparison.Ordinal);
        Assert.Contains("April 2023 to March 2024", section.TextContent, StringComparison.Ordinal);
        Assert.NotNull(html.QuerySelector("#contents a[href='#comparisons']"));
    }
}
