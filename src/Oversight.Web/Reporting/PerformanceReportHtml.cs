using System.Globalization;
using System.Net;
using System.Text;
using Oversight.Core.Performance.Reports;
using Oversight.Core.Reporting;
using Oversight.Web.Documents;
using Oversight.Web.Performance;

namespace Oversight.Web.Reporting;

/// The report as one standalone, print-ready HTML file: cover, contents (page 2 when printed), summary matrix,
/// exceptions, a section per theme with SVG charts, and the data annex. Every piece of text is HTML-encoded.
public static class PerformanceReportHtml
{
    // Markup and numbers in SVG attributes must not take the machine's culture.
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Write(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var cover = document.Cover;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">")
            .Append(Invariant, $"<title>{E(cover.Title)}</title><style>{PrintStyles.Css}</style></head><body>");
        Cover(html, cover);
        Contents(html, document);
        Summary(html, document);
        Exceptions(html, document);
        Comparisons(html, document);
        foreach (var theme in document.Themes)
        {
            Theme(html, document, theme);
        }

        Annex(html, document);
        return html.Append("</body></html>").ToString();
    }

    public static string ThemeAnchor(ThemeSnapshot theme) => "theme-" + theme?.Id;

    private static void Cover(StringBuilder html, ReportCover cover)
    {
        html.Append("<section class=\"cover\" id=\"cover\">");
        if (cover.IsDraft)
        {
            html.Append(Invariant, $"<p class=\"draft\">{E(cover.StatusText)}</p>");
        }

        html.Append(Invariant, $"<p class=\"office\">{E(cover.Office)}</p><h1>{E(cover.Title)}</h1>")
            .Append(Invariant, $"<p class=\"plan\">{E(cover.PlanTitle)}</p><dl>")
            .Append(Invariant, $"<dt>Area</dt><dd>{E(cover.AreaName)}</dd><dt>Quarter</dt><dd>{E(cover.Quarter)}</dd>")
            .Append(Invariant, $"<dt>Version</dt><dd>{cover.Version}</dd><dt>Status</dt><dd>{E(cover.StatusText)}</dd>")
            .Append(Invariant, $"<dt>Published</dt><dd>{E(cover.PublishedAt is { } at ? ReportWords.Date(at) : "Not published")}</dd></dl>");
        if (cover.CorrectionReason is { } reason)
        {
            html.Append(Invariant, $"<p>This version corrects the one before it: {E(reason)}</p>");
        }

        html.Append("</section>");
    }

    private static void Contents(StringBuilder html, ReportDocument document)
    {
        html.Append("<nav class=\"contents\" id=\"contents\" aria-labelledby=\"contents-heading\"><h2 id=\"contents-heading\">Contents</h2><ol>")
            .Append("<li><a href=\"#summary\">Summary matrix</a></li><li><a href=\"#exceptions\">Exceptions</a></li>");
        if (document.Comparisons.Count > 0)
        {
            html.Append("<li><a href=\"#comparisons\">Compared with similar forces</a></li>");
        }

        foreach (var theme in document.Themes)
        {
            html.Append(Invariant, $"<li><a href=\"#{E(ThemeAnchor(theme))}\">{E(ThemeHeading(theme))}</a></li>");
        }

        html.Append("<li><a href=\"#annex\">Data annex</a></li></ol></nav>");
    }

    private static void Summary(StringBuilder html, ReportDocument document)
    {
        html.Append("<section id=\"summary\"><h2>Summary matrix</h2>");
        foreach (var theme in document.Themes)
        {
            html.Append(Invariant, $"<table><caption>{E(ThemeHeading(theme))} – overall judgement: {E(theme.Judgement)}</caption>")
                .Append("<thead><tr><th scope=\"col\">Measure</th><th scope=\"col\">Latest</th><th scope=\"col\">Period</th><th scope=\"col\">Variation</th><th scope=\"col\">Assurance</th></tr></thead><tbody>");
            foreach (var m in theme.Measures)
            {
                html.Append(Invariant, $"<tr><th scope=\"row\">{E(m.Name)}</th><td class=\"num\">{E(document.LatestText(m))}</td><td>{E(m.LatestPeriod ?? "–")}</td>")
                    .Append(Invariant, $"<td>{E(ReportWords.Variation(m.Variation))}</td><td>{E(ReportWords.Assurance(m.Assurance))}</td></tr>");
            }

            html.Append("</tbody></table>");
        }

        html.Append("</section>");
    }

    private static void Exceptions(StringBuilder html, ReportDocument document)
    {
        html.Append("<section id=\"exceptions\"><h2>Exceptions</h2>");
        var exceptions = document.Exceptions;
        if (exceptions.Count == 0)
        {
            html.Append("<p>No measure shows special-cause concern or consistently misses its target this quarter.</p></section>");
            return;
        }

        html.Append("<p>Measures showing special-cause concern or consistently missing their target.</p>")
            .Append("<table><thead><tr><th scope=\"col\">Measure</th><th scope=\"col\">Theme</th><th scope=\"col\">Latest</th><th scope=\"col\">Why it is listed</th></tr></thead><tbody>");
        foreach (var x in exceptions)
        {
            html.Append(Invariant, $"<tr><th scope=\"row\">{E(x.Measure.Name)}</th><td>{E(x.Theme.Title)}</td><td class=\"num\">{E(document.LatestText(x.Measure))}</td><td>{E(x.Reason)}</td></tr>");
        }

        html.Append("</tbody></table></section>");
    }

    /// Each police.uk-derived measure's rate against the comparison group and England and Wales, as the measure page
    /// shows it, so the Panel sees how the force compares beside whether it is changing.
    private static void Comparisons(StringBuilder html, ReportDocument document)
    {
        var compared = document.Comparisons;
        if (compared.Count == 0)
        {
            return;
        }

        var first = compared[0].Comparison;
        html.Append("<section id=\"comparisons\"><h2>Compared with similar forces</h2>")
            .Append(Invariant, $"<p>Rates per 1,000 residents over the 12 months {E(first.From)} to {E(first.To)}, from data.police.uk's published records, ")
            .Append(Invariant, $"against the comparison group ({E(first.Group)}) and England and Wales. Rank 1 is the best rate in the group.</p>");
        if (!first.GroupOfficial)
        {
            html.Append(Invariant, $"<p><strong>Labelled fallback group:</strong> {E(first.Group)} is not the Home Office most similar group, which was not found for this force.</p>");
        }

        html.Append("<table class=\"comparisons\"><thead><tr><th scope=\"col\">Measure</th><th scope=\"col\">Force rate</th><th scope=\"col\">Group rate</th>")
            .Append("<th scope=\"col\">England and Wales</th><th scope=\"col\">Rank</th><th scope=\"col\">Judgement</th></tr></thead><tbody>");
        foreach (var (_, measure, c) in compared)
        {
            html.Append(Invariant, $"<tr><th scope=\"row\">{E(measure.Name)}</th><td class=\"num\">{Rate(c.RatePerThousand)}</td><td class=\"num\">{Rate(c.GroupRatePerThousand)}</td>")
                .Append(Invariant, $"<td class=\"num\">{Rate(c.EnglandWalesRatePerThousand)}</td><td class=\"num\">{c.Rank} of {c.Of}</td><td>{E(c.Judgement)}</td></tr>");
        }

        html.Append("</tbody></table>");
        foreach (var method in compared.Select(x => x.Comparison.Method).Distinct(StringComparer.Ordinal))
        {
            html.Append(Invariant, $"<p class=\"method\">Method: {E(method)}</p>");
        }

        html.Append("</section>");
    }

    private static string Rate(double? rate) => rate?.ToString("0.00", Invariant) ?? "–";

    private static void Theme(StringBuilder html, ReportDocument document, ThemeSnapshot theme)
    {
        html.Append(Invariant, $"<section class=\"theme\" id=\"{E(ThemeAnchor(theme))}\"><h2>{E(ThemeHeading(theme))}</h2>")
            .Append(Invariant, $"<p class=\"judgement\">Overall judgement: <strong>{E(theme.Judgement)}</strong></p>");
        html.Append(theme.OverrideJudgement is null
            ? "<p>This is the judgement the measures suggest.</p>"
            : $"<p>The measures suggested “{E(theme.SuggestedJudgement)}”; the office judged otherwise because: {E(theme.OverrideRationale ?? "")}</p>");
        html.Append(theme.Commentary.Length > 0 ? $"<p class=\"commentary\">{E(theme.Commentary)}</p>" : "<p class=\"none\">No theme commentary.</p>");
        foreach (var m in theme.Measures)
        {
            html.Append(Invariant, $"<article class=\"measure\"><h3>{E(m.Name)}</h3>")
                .Append(Invariant, $"<p>Latest: <strong>{E(document.LatestText(m))}</strong>{E(m.LatestPeriod is { } p ? $" ({p})" : "")}. ")
                .Append(Invariant, $"Variation: {E(ReportWords.Variation(m.Variation))}. Assurance: {E(ReportWords.Assurance(m.Assurance))}.</p>");
            html.Append(m.Commentary.Length > 0 ? $"<p class=\"commentary\">{E(m.Commentary)}</p>" : "<p class=\"none\">No commentary.</p>");
            if (document.ChartOf(m) is { } points)
            {
                html.Append("<figure>");
                ReportChartSvg.Write(html, points, $"SPC chart of {m.Name}: {JudgementText.Variation(m.Variation)}");
                html.Append(Invariant, $"<figcaption>{E(ReportChartSvg.Key)}</figcaption></figure>");
            }
            else if (m.Series is { Count: > 0 })
            {
                html.Append("<p class=\"none\">The chart is not shown because it would reveal counts below 5.</p>");
            }

            html.Append("</article>");
        }

        html.Append("</section>");
    }

    private static void Annex(StringBuilder html, ReportDocument document)
    {
        html.Append("<section id=\"annex\"><h2>Data annex</h2><p>Every value used in this report, with the mean and process limits it was judged against.</p>")
            .Append("<table class=\"annex\"><thead><tr><th scope=\"col\">Measure</th><th scope=\"col\">Period</th><th scope=\"col\">Value</th><th scope=\"col\">Mean</th><th scope=\"col\">Lower limit</th><th scope=\"col\">Upper limit</th></tr></thead><tbody>");
        foreach (var row in document.Annex)
        {
            html.Append(Invariant, $"<tr><td>{E(row.Measure.Name)}</td><td>{E(row.Period)}</td><td class=\"num\">{E(document.ValueText(row.Measure.Unit, row.Value))}</td>")
                .Append(Invariant, $"<td class=\"num\">{E(JudgementText.Number(row.Mean))}</td><td class=\"num\">{E(JudgementText.Number(row.Lower))}</td><td class=\"num\">{E(JudgementText.Number(row.Upper))}</td></tr>");
        }

        html.Append("</tbody></table></section>");
    }

    private static string ThemeHeading(ThemeSnapshot theme) => $"Theme {theme.Number}: {theme.Title}";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
