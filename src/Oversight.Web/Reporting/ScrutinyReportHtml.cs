using System.Globalization;
using System.Net;
using Oversight.Core.Custody.Scrutiny;
using Oversight.Core.Reporting;
using Oversight.Web.Custody;
using Oversight.Web.Custody.Published;

namespace Oversight.Web.Reporting;

/// The scrutiny panels' annual report as one standalone, print-ready HTML file: each panel's meetings, judgements and
/// recommendations, child remand and strip searches. Ethnicity appears only in aggregate, with small groups merged;
/// the public version withholds what PanelShown, RemandShown and StripSearchShown withhold.
public static class ScrutinyReportHtml
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Title(ScrutinyYear year) => $"Scrutiny panels annual report {year?.Label}";

    public static string Write(ScrutinyYear year, string office, ReportAudience audience)
    {
        ArgumentNullException.ThrowIfNull(year);
        var open = audience == ReportAudience.Public;
        // Members, meetings and recommendations are not about anyone in custody, so they are never withheld.
        static string Plain(int count) => count.ToString("N0", CustodyText.Culture);
        var html = CustodyReportParts.Start(Title(year), office, "Independent scrutiny of police custody decisions and out-of-court resolutions", Css, open);
        foreach (var panel in year.Panels)
        {
            html.Append(Invariant, $"<section class=\"panel\" data-panel=\"{E(panel.Name)}\"><h2>{E(panel.Name)}</h2><p>{E(panel.Remit)}.</p>");
            if (panel.BlindToEthnicity)
            {
                html.Append("<p>The panel reviews cases blind to ethnicity: the ethnicity of each case is revealed only in the analysis below, across all cases.</p>");
            }

            var shown = new PanelShown(panel, open);
            CustodyReportParts.Table(html, $"{panel.Name} in figures", "panel",
            [
                ("Members", Plain(panel.Members)), ("Meetings held", Plain(panel.Meetings)), ("Meetings with published minutes", Plain(panel.MinutesPublished)),
                ("Cases examined", shown.Cases.Text),
                .. shown.Assessments.Select(a => (CustodyText.Assessment(a.Key), a.Value.Text)),
                ("Recommendations made to the force", Plain(panel.RecommendationsMade)), ("Of which the force has answered", Plain(panel.RecommendationsAnswered)),
                ("Recommendations still awaiting the force's response", Plain(panel.RecommendationsOpen)),
            ]);
            html.Append(Invariant, $"<table data-table=\"ethnicity\"><caption>Cases assessed by ethnicity</caption><thead><tr><th scope=\"col\">Ethnicity</th><th scope=\"col\" class=\"num\">Cases assessed</th><th scope=\"col\" class=\"num\">Found inappropriate</th></tr></thead><tbody>");
            foreach (var row in shown.ByEthnicity)
            {
                html.Append(Invariant, $"<tr><th scope=\"row\">{E(row.Ethnicity)}</th><td class=\"num\">{row.Cases.Text}</td><td class=\"num\">{row.Inappropriate.Text}</td></tr>");
            }

            html.Append("</tbody></table></section>");
        }

        var r = new RemandShown(year.Remand, open);
        html.Append("<section class=\"panel\" id=\"remand\"><h2>Children remanded in police custody</h2>");
        CustodyReportParts.Table(html, "Child remand cases", "remand",
        [
            ("Cases scrutinised", r.Cases.Text), ("Given local authority accommodation (foster or secure)", r.AccommodatedShare),
            ("Stayed in police custody", r.Stayed.Text), ("Of whom charged after 11pm", r.StayedChargedLate.Text),
            ("Court agreed with the police decision", r.CourtAgreedShare),
        ]);
        html.Append("<table data-table=\"remand-ethnicity\"><caption>Child remand cases by ethnicity</caption><thead><tr><th scope=\"col\">Ethnicity</th><th scope=\"col\" class=\"num\">Cases</th><th scope=\"col\" class=\"num\">Stayed in police custody</th></tr></thead><tbody>");
        foreach (var row in r.ByEthnicity)
        {
            html.Append(Invariant, $"<tr><th scope=\"row\">{E(row.Ethnicity)}</th><td class=\"num\">{row.Cases.Text}</td><td class=\"num\">{row.Stayed.Text}</td></tr>");
        }

        var s = new StripSearchShown(year.StripSearches, open);
        html.Append("</tbody></table><h2>Strip searches of children</h2>");
        CustodyReportParts.Table(html, "Strip searches of children", "strip-searches",
        [
            ("Searches examined", s.Searches.Text), ("Appropriate adult present", s.AppropriateAdultPresent.Text), ("Safeguarding referral made", s.SafeguardingReferrals.Text),
            ("Parent or guardian notified", s.ParentsNotified.Text), ("Item found", s.ItemFound.Text),
        ]);
        return html.Append("</section></body></html>").ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Css = """
        .panel { break-before: page; }
        tbody th { font-weight: normal; }
        """;
}
