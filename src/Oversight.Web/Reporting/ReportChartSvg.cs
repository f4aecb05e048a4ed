using System.Globalization;
using System.Net;
using System.Text;
using Oversight.Domain.Performance.Spc;
using Oversight.Web.Charts;

namespace Oversight.Web.Reporting;

/// The measure page's SPC chart as standalone SVG markup, laid out by the same SpcChartLayout so both look alike.
public static class ReportChartSvg
{
    // Markup and numbers in SVG attributes must not take the machine's culture.
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Write(StringBuilder html, IReadOnlyList<SpcPoint> points, string title)
    {
        ArgumentNullException.ThrowIfNull(html);
        var chart = new SpcChartLayout(points);
        static string F(double d) => SpcChartLayout.F(d);
        var left = F(SpcChartLayout.PlotLeft);
        var right = F(SpcChartLayout.PlotRight);
        var bottom = F(SpcChartLayout.PlotBottom);
        html.Append(Invariant, $"""<svg class="chart" viewBox="0 0 {F(SpcChartLayout.Width)} {F(SpcChartLayout.Height)}" role="img" aria-label="{Encode(title)}" xmlns="http://www.w3.org/2000/svg">""");
        foreach (var tick in chart.YTicks)
        {
            html.Append(Invariant, $"""<line x1="{left}" x2="{right}" y1="{F(tick.Position)}" y2="{F(tick.Position)}" stroke="#dddddd" stroke-width="1"/>""")
                .Append(Invariant, $"""<text x="{F(SpcChartLayout.PlotLeft - 6)}" y="{F(tick.Position + 4)}" text-anchor="end" font-size="12">{Encode(tick.Label)}</text>""");
        }

        foreach (var tick in chart.XTicks)
        {
            html.Append(Invariant, $"""<line x1="{F(tick.Position)}" x2="{F(tick.Position)}" y1="{bottom}" y2="{F(SpcChartLayout.PlotBottom + 5)}" stroke="#0b0c0c" stroke-width="1"/>""")
                .Append(Invariant, $"""<text x="{F(tick.Position)}" y="{F(SpcChartLayout.PlotBottom + 20)}" text-anchor="middle" font-size="12">{Encode(tick.Label)}</text>""");
        }

        html.Append(Invariant, $"""<line x1="{left}" x2="{right}" y1="{bottom}" y2="{bottom}" stroke="#0b0c0c" stroke-width="1"/>""");
        foreach (var line in chart.UpperLines.Concat(chart.LowerLines))
        {
            html.Append(Invariant, $"""<polyline points="{line}" fill="none" stroke="#505a5f" stroke-width="1.5" stroke-dasharray="6 4"/>""");
        }

        foreach (var line in chart.MeanLines)
        {
            html.Append(Invariant, $"""<polyline points="{line}" fill="none" stroke="#0b0c0c" stroke-width="1.5"/>""");
        }

        html.Append(Invariant, $"""<polyline points="{chart.ValueLine}" fill="none" stroke="#505a5f" stroke-width="1"/>""");
        foreach (var marker in chart.Markers)
        {
            html.Append(Invariant, $"""<path d="{marker.Icon.Path}" transform="translate({F(marker.X - 6)} {F(marker.Y - 6)}) scale(0.5)" fill="{marker.Icon.Colour}"><title>{Encode(marker.Label)}</title></path>""");
        }

        html.Append("</svg>");
    }

    /// The words under every chart: shapes and colours are explained, never relied on alone.
    public const string Key =
        "Solid line: mean. Dashed lines: upper and lower process limits. Points: grey circle, common cause; "
        + "blue, special cause improvement; orange, special cause concern; purple, special cause neither. "
        + "Every value is listed in the data annex.";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
