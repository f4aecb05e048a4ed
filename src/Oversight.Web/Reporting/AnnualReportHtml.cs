using System.Globalization;
using System.Net;
using System.Text;
using Oversight.Core.Documents;
using Oversight.Core.Reporting.Annual;
using Oversight.Domain.Reporting;
using Oversight.Web.Documents;

namespace Oversight.Web.Reporting;

/// The annual report as one standalone, print-ready HTML file: cover, contents, each section's narrative with its
/// figures, and the sources annex. Every figure links to the page listing the records behind it.
public static class AnnualReportHtml
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string FigurePath(string year, string key) => $"/annual-reports/{year}/figures/{key}";

    public static string Write(AnnualDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var cover = document.Cover;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">")
            .Append(Invariant, $"<title>{E(cover.Title)}</title><style>{PrintStyles.Css}{Css}</style></head><body>");
        Cover(html, cover);
        html.Append("<nav class=\"contents\" aria-labelledby=\"contents-heading\"><h2 id=\"contents-heading\">Contents</h2><ol>");
        foreach (var section in document.Sections)
        {
            html.Append(Invariant, $"<li><a href=\"#{E(section.Key)}\">{E(section.Title)}</a></li>");
        }

        html.Append("<li><a href=\"#sources\">Sources of the figures</a></li></ol></nav>");
        foreach (var section in document.Sections)
        {
            Section(html, document, section);
        }

        Sources(html, document);
        return html.Append("</body></html>").ToString();
    }

    private static void Cover(StringBuilder html, AnnualCover cover)
    {
        html.Append("<section class=\"cover\" id=\"cover\">");
        if (cover.IsDraft)
        {
            html.Append(Invariant, $"<p class=\"draft\">{E(cover.StatusText)}</p>");
        }

        html.Append(Invariant, $"<p class=\"office\">{E(cover.Office)}</p><h1>{E(cover.Title)}</h1><p class=\"plan\">{E(cover.PlanTitle)}</p><dl>")
            .Append(Invariant, $"<dt>Year</dt><dd>{E(cover.Year)}</dd><dt>Version</dt><dd>{cover.Version}</dd><dt>Status</dt><dd>{E(cover.StatusText)}</dd>")
            .Append(Invariant, $"<dt>Published</dt><dd>{E(cover.PublishedAt is { } at ? ReportWords.Date(at) : "Not published")}</dd></dl>");
        if (cover.CorrectionReason is { } reason)
        {
            html.Append(Invariant, $"<p>This version corrects the one before it: {E(reason)}</p>");
        }

        html.Append("</section>");
    }

    private static void Section(StringBuilder html, AnnualDocument document, AnnualSection section)
    {
        html.Append(Invariant, $"<section class=\"section\" id=\"{E(section.Key)}\" data-section=\"{E(section.Key)}\"><h2>{E(section.Title)}</h2>");
        if (section.Paragraphs.Count == 0 && document.Cover.IsDraft)
        {
            html.Append("<p class=\"gap\">No narrative has been written for this section yet.</p>");
        }

        foreach (var paragraph in section.Paragraphs)
        {
            html.Append("<p>");
            foreach (var part in paragraph)
            {
                html.Append(part.Figure is { } figure ? Link(document, figure) : E(part.Text));
            }

            html.Append("</p>");
        }

        if (section.Figures.Count > 0)
        {
            html.Append(Invariant, $"<table class=\"figures\"><caption>{E(section.Title)} in figures</caption><tbody>");
            foreach (var figure in section.Figures)
            {
                html.Append(Invariant, $"<tr><th scope=\"row\">{E(figure.Label)}</th><td class=\"num\">{Link(document, figure)}</td></tr>");
            }

            html.Append("</tbody></table>");
        }

        foreach (var story in section.CaseStudies)
        {
            html.Append(Invariant, $"<aside class=\"case-study\" data-case-study=\"{E(story.Title)}\"><h3>Case study: {E(story.Title)}</h3>")
                .Append(Invariant, $"<p class=\"project\">{E(story.Project)}, {E(story.Organisation)}</p><p>{E(story.Story)}</p></aside>");
        }

        foreach (var table in section.Tables)
        {
            html.Append(Invariant, $"<table data-table=\"{E(table.FigureKey)}\"><caption>{E(table.Caption)}</caption><thead><tr>");
            foreach (var column in table.Columns)
            {
                html.Append(Invariant, $"<th scope=\"col\">{E(column)}</th>");
            }

            html.Append("</tr></thead><tbody>");
            foreach (var row in table.Rows)
            {
                html.Append("<tr>").AppendJoin("", row.Select(cell => $"<td>{E(cell)}</td>")).Append("</tr>");
            }

            html.Append("</tbody></table>");
        }

        if (section.Key == ReportSection.Performance && document.PerformanceQuarter is { } quarter)
        {
            html.Append(Invariant, $"<table><caption>Overall judgement of each theme, {E(quarter)}</caption><thead><tr><th scope=\"col\">Theme</th><th scope=\"col\">Overall judgement</th></tr></thead><tbody>");
            foreach (var theme in document.Themes)
            {
                html.Append(Invariant, $"<tr><td>{E(theme.Title)}</td><td>{E(theme.Judgement)}</td></tr>");
            }

            html.Append("</tbody></table>");
        }

        html.Append("</section>");
    }

    private static void Sources(StringBuilder html, AnnualDocument document)
    {
        html.Append("<section id=\"sources\"><h2>Sources of the figures</h2><p>Every figure in this report is computed from the office's records. Each is listed here with the records it comes from.</p>")
            .Append("<table><thead><tr><th scope=\"col\">Figure</th><th scope=\"col\">Value</th><th scope=\"col\">Computed from</th><th scope=\"col\">Reference</th></tr></thead><tbody>");
        foreach (var figure in document.Sources)
        {
            html.Append(Invariant, $"<tr><td>{E(figure.Label)}</td><td class=\"num\">{Link(document, figure)}</td><td>{E(figure.Source)}</td><td>{E(figure.Key)}</td></tr>");
        }

        html.Append("</tbody></table></section>");
    }

    private static string Link(AnnualDocument document, Figure figure) =>
        $"<a class=\"figure\" data-figure=\"{E(figure.Key)}\" href=\"{E(FigurePath(document.Cover.Year, figure.Key))}\">{E(figure.Text)}</a>";

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Css = """
        .section, #sources { break-before: page; }
        .figures th { font-weight: normal; }
        a.figure { font-weight: bold; }
        .gap { color: #d4351c; font-weight: bold; }
        .case-study { border-left: 4px solid #1d70b8; padding: 0 0 0 10pt; margin: 0 0 12pt; break-inside: avoid; }
        .case-study .project { color: #505a5f; margin: 0 0 4pt; }
        """;
}
