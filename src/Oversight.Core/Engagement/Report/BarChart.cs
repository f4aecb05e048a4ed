using System.Globalization;
using System.Text;
using Oversight.Domain.Engagement;

namespace Oversight.Core.Engagement.Report;

/// A horizontal bar chart of shares with their confidence intervals as whiskers, drawn as SVG on the server so the
/// HTML and PDF need no script. The table beside each chart carries the same numbers for screen readers.
public static class BarChart
{
    private const int Width = 640;
    private const int LabelWidth = 250;
    private const int Row = 28;
    private const int PlotWidth = Width - LabelWidth - 60;

    public static string Write(string title, IReadOnlyList<(string Label, Proportion Share)> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var height = (bars.Count * Row) + 24;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\">")
            .Append(CultureInfo.InvariantCulture, $"<title>{EngagementReportHtml.E(title)}: shares with 95% confidence intervals</title>");
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, share) = bars[i];
            var y = i * Row;
            var x = (double p) => LabelWidth + (p * PlotWidth);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 8}\" y=\"{y + 18}\" text-anchor=\"end\" font-size=\"12\" fill=\"#0b0c0c\">{EngagementReportHtml.E(Shorten(label))}</text>")
                .Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y + 5}\" width=\"{share.Value * PlotWidth:0.0}\" height=\"18\" fill=\"#1d70b8\"/>")
                .Append(CultureInfo.InvariantCulture, $"<line x1=\"{x(share.Lower):0.0}\" x2=\"{x(share.Upper):0.0}\" y1=\"{y + 14}\" y2=\"{y + 14}\" stroke=\"#0b0c0c\" stroke-width=\"2\"/>")
                .Append(CultureInfo.InvariantCulture, $"<line x1=\"{x(share.Lower):0.0}\" x2=\"{x(share.Lower):0.0}\" y1=\"{y + 9}\" y2=\"{y + 19}\" stroke=\"#0b0c0c\" stroke-width=\"2\"/>")
                .Append(CultureInfo.InvariantCulture, $"<line x1=\"{x(share.Upper):0.0}\" x2=\"{x(share.Upper):0.0}\" y1=\"{y + 9}\" y2=\"{y + 19}\" stroke=\"#0b0c0c\" stroke-width=\"2\"/>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{x(share.Upper) + 6:0.0}\" y=\"{y + 18}\" font-size=\"12\" fill=\"#0b0c0c\">{EngagementReportHtml.Percent(share.Value)}</text>");
        }

        var axis = bars.Count * Row;
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{LabelWidth}\" x2=\"{LabelWidth + PlotWidth}\" y1=\"{axis + 2}\" y2=\"{axis + 2}\" stroke=\"#505a5f\"/>");
        foreach (var tick in new[] { 0, 25, 50, 75, 100 })
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + (tick * PlotWidth / 100)}\" y=\"{axis + 18}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#505a5f\">{tick}%</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static string Shorten(string label) => label.Length <= 38 ? label : label[..36] + "…";
}
