using System.Globalization;
using System.Net;
using Oversight.Core.Custody.Visiting;
using Oversight.Core.Reporting;
using Oversight.Web.Pages.Custody;

namespace Oversight.Web.Reporting;

/// The Independent Custody Visiting scheme's annual report as one standalone, print-ready HTML file. The public
/// version withholds every count from 1 to 4, and any share of fewer than 5, so no detainee can be singled out.
public static class CustodyReportHtml
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Title(VisitingYear year) => $"Independent Custody Visiting Scheme annual report {year?.Label}";

    public static string Write(VisitingYear year, string office, ReportAudience audience)
    {
        ArgumentNullException.ThrowIfNull(year);
        var open = audience == ReportAudience.Public;
        string N(int count) => CustodyReportParts.Count(count, open);
        string Share(int of, decimal share) => CustodyReportParts.Share(of, share, open);
        var html = CustodyReportParts.Start(Title(year), office, "Police Reform Act 2002, section 51, and the Home Office Code of Practice on Independent Custody Visiting", Css, open);
        html.Append("<section id=\"scheme\"><h2>The scheme</h2>")
            .Append(Invariant, $"<p>In {E(year.Label)}, {N(year.Visitors)} volunteer independent custody visitors made {N(year.Visits)} unannounced visits to custody suites, in pairs. They found {N(year.DetaineesMet)} detainees in custody and spoke to {Share(year.Available, year.SpokenToShare)} of those available to see.</p>");
        CustodyReportParts.Table(html, "Volunteers and visits", "visiting", [("Volunteer visitors who visited", N(year.Visitors)), ("Visits to custody suites", N(year.Visits))]);
        CustodyReportParts.Table(html, "Detainees", "detainees",
        [
            ("Detainees in custody during visits", N(year.DetaineesMet)),
            ("Not available (asleep, in interview, at court)", N(year.NotAvailable)),
            ("Available to see", N(year.Available)),
            ("Offered a visit", N(year.Offered)),
            ("Spoken to", N(year.SpokenTo)),
            ("Declined", N(year.Declined)),
            ("Observed only", N(year.Observed)),
            ("Share of available detainees spoken to", Share(year.Available, year.SpokenToShare)),
        ]);
        html.Append("</section><section id=\"issues\"><h2>Issues raised and their resolution</h2>")
            .Append("<p>Visitors raise what they find with the custody staff at the time; each issue then goes to the custody inspector, whose response is recorded, and unresolved issues are escalated to the office.</p>")
            .Append("<table data-table=\"issues\"><caption>Issues by theme</caption><thead><tr><th scope=\"col\">Theme</th><th scope=\"col\" class=\"num\">Raised</th><th scope=\"col\" class=\"num\">Resolved</th><th scope=\"col\" class=\"num\">Still open</th><th scope=\"col\" class=\"num\">Escalated to the office</th></tr></thead><tbody>");
        foreach (var theme in year.Issues)
        {
            html.Append(Invariant, $"<tr><th scope=\"row\">{E(CustodyText.Category(theme.Category))}</th><td class=\"num\">{N(theme.Raised)}</td><td class=\"num\">{N(theme.Closed)}</td><td class=\"num\">{N(theme.Raised - theme.Closed)}</td><td class=\"num\">{N(theme.Escalated)}</td></tr>");
        }

        html.Append(Invariant, $"<tr class=\"total\"><th scope=\"row\">All themes</th><td class=\"num\">{N(year.Issues.Sum(i => i.Raised))}</td><td class=\"num\">{N(year.Issues.Sum(i => i.Closed))}</td><td class=\"num\">{N(year.Issues.Sum(i => i.Raised - i.Closed))}</td><td class=\"num\">{N(year.Issues.Sum(i => i.Escalated))}</td></tr></tbody></table></section>");
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
