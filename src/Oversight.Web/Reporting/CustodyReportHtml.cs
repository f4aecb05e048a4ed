using System.Globalization;
using System.Net;
using Oversight.Core.Custody.Visiting;
using Oversight.Core.Reporting;
using Oversight.Web.Custody;
using Oversight.Web.Custody.Published;

namespace Oversight.Web.Reporting;

/// The Independent Custody Visiting scheme's annual report as one standalone, print-ready HTML file. The public
/// version withholds what VisitingShown withholds, so no detainee can be singled out.
public static class CustodyReportHtml
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Title(VisitingYear year) => $"Independent Custody Visiting Scheme annual report {year?.Label}";

    public static string Write(VisitingYear year, string office, ReportAudience audience)
    {
        ArgumentNullException.ThrowIfNull(year);
        var open = audience == ReportAudience.Public;
        var shown = new VisitingShown(year, open);
        string N(int count) => CustodyReportParts.Count(count, open);
        var html = CustodyReportParts.Start(Title(year), office, "Police Reform Act 2002, section 51, and the Home Office Code of Practice on Independent Custody Visiting", Css, open);
        html.Append("<section id=\"scheme\"><h2>The scheme</h2>")
            .Append(Invariant, $"<p>In {E(year.Label)}, {shown.Visitors.Text} volunteer independent custody visitors made {shown.Visits.Text} unannounced visits to custody suites, in pairs. There were {shown.InCustody.Text} detainees in custody when they arrived; they encountered {shown.Met.Text} of them and spoke to {shown.SpokenToShare} of those available to see.</p>");
        CustodyReportParts.Table(html, "Volunteers and visits", "visiting", [("Volunteer visitors who visited", shown.Visitors.Text), ("Visits to custody suites", shown.Visits.Text)]);
        CustodyReportParts.Table(html, "Detainees", "detainees",
        [
            ("Detainees in custody during visits", shown.InCustody.Text),
            ("Detainees the visitors encountered", shown.Met.Text),
            ("Not available (asleep, in interview, at court)", shown.NotAvailable.Text),
            ("Available to see", shown.Available.Text),
            ("Offered a visit", shown.Offered.Text),
            ("Spoken to", shown.SpokenTo.Text),
            ("Declined", shown.Declined.Text),
            ("Observed only", shown.Observed.Text),
            ("Share of available detainees spoken to", shown.SpokenToShare),
        ]);
        html.Append("</section><section id=\"issues\"><h2>Issues raised and their resolution</h2>")
            .Append("<p>Visitors raise what they find with the custody staff at the time; each issue then goes to the custody inspector, whose response is recorded, and unresolved issues are escalated to the office.</p>")
            .Append("<table data-table=\"issues\"><caption>Issues by theme</caption><thead><tr><th scope=\"col\">Theme</th><th scope=\"col\" class=\"num\">Raised</th><th scope=\"col\" class=\"num\">Resolved</th><th scope=\"col\" class=\"num\">Still open</th><th scope=\"col\" class=\"num\">Escalated to the office</th></tr></thead><tbody>");
        foreach (var theme in shown.Issues.Append(shown.IssuesTotal))
        {
            var (row, name) = theme.Category is { } category ? ("<tr>", CustodyText.Category(category)) : ("<tr class=\"total\">", "All themes");
            html.Append(Invariant, $"{row}<th scope=\"row\">{E(name)}</th><td class=\"num\">{theme.Raised.Text}</td><td class=\"num\">{theme.Closed.Text}</td><td class=\"num\">{theme.Open.Text}</td><td class=\"num\">{theme.Escalated.Text}</td></tr>");
        }

        html.Append("</tbody></table></section>");
        html.Append("<section id=\"coverage\"><h2>Coverage by suite</h2><table data-table=\"coverage\"><caption>Visits made against each suite's target</caption><thead><tr><th scope=\"col\">Suite</th><th scope=\"col\" class=\"num\">Target</th><th scope=\"col\" class=\"num\">On the rota</th><th scope=\"col\" class=\"num\">Visits made</th><th scope=\"col\">Target met</th></tr></thead><tbody>");
        foreach (var suite in year.Coverage.Where(s => s.Made > 0 || s.Planned > 0))
        {
            html.Append(Invariant, $"<tr><th scope=\"row\">{E(suite.Suite)}</th><td class=\"num\">{suite.Target.ToString("N0", CustodyText.Culture)}</td><td class=\"num\">{N(suite.Planned)}</td><td class=\"num\">{N(suite.Made)}</td><td>{(suite.MetTarget ? "Yes" : "No")}</td></tr>");
        }

        return html.Append("</tbody></table></section></body></html>").ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Css = """
        #issues, #coverage { break-before: page; }
        tbody th { font-weight: normal; }
        .total th, .total td { font-weight: bold; border-top: 2px solid #0b0c0c; }
        """;
}
