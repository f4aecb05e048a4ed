using System.Globalization;
using System.Net;
using Oversight.Core.Custody.Scrutiny;
using Oversight.Core.Reporting;
using Oversight.Web.Pages.Custody;

namespace Oversight.Web.Reporting;

/// The scrutiny panels' annual report as one standalone, print-ready HTML file: each panel's meetings, judgements and
/// recommendations, child remand and strip searches. Ethnicity appears only in aggregate, with small groups merged;
/// the public version also withholds every count from 1 to 4.
public static class ScrutinyReportHtml
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Title(ScrutinyYear year) => $"Scrutiny panels annual report {year?.Label}";

    public static string Write(ScrutinyYear year, string office, ReportAudience audience)
    {
        ArgumentNullException.ThrowIfNull(year);
        var open = audience == ReportAudience.Public;
        string N(int count) => CustodyReportParts.Count(count, open);
        // Members, meetings and recommendations are not about anyone in custody, so they are never withheld.
        static string Plain(int count) => count.ToString("N0", CustodyText.Culture);
        string Share(int of, decimal share) => CustodyReportParts.Share(of, share, open);
        var html = CustodyReportParts.Start(Title(year), office, "Independent scrutiny of police custody decisions and out-of-court resolutions", Css, open);
        foreach (var panel in year.Panels)
        {
            html.Append(Invariant, $"<section class=\"panel\" data-panel=\"{E(panel.Name)}\"><h2>{E(panel.Name)}</h2><p>{E(panel.Remit)}.</p>");
            if (panel.BlindToEthnicity)
            {
                html.Append("<p>The panel reviews cases blind to ethnicity: the ethnicity of each case is revealed only in the analysis below, across all cases.</p>");
            }

            CustodyReportParts.Table(html, $"{panel.Name} in figures", "panel",
            [
                ("Members", Plain(panel.Members)), ("Meetings held", Plain(panel.Meetings)), ("Meetings with published minutes", Plain(panel.MinutesPublished)),
                ("Cases examined", N(panel.Cases)),
                .. panel.Assessments.Select(a => (CustodyText.Assessment(a.Key), N(a.Value))),
                ("Recommendations made to the force", Plain(panel.RecommendationsMade)), ("Of which the force has answered", Plain(panel.RecommendationsAnswered)),
                ("Recommendations still awaiting the force's response", Plain(panel.RecommendationsOpen)),
            ]);
            html.Append(Invariant, $"<table data-table=\"ethnicity\"><caption>Cases assessed by ethnicity</caption><thead><tr><th scope=\"col\">Ethnicity</th><th scope=\"col\" class=\"num\">Cases assessed</th><th scope=\"col\" class=\"num\">Found inappropriate</th></tr></thead><tbody>");
            foreach (var row in panel.ByEthnicity)
            {
                html.Append(Invariant, $"<tr><th scope=\"row\">{E(row.Ethnicity)}</th><td class=\"num\">{N(row.Cases)}</td><td class=\"num\">{N(row.Inappropriate)}</td></tr>");
            }

            html.Append("</tbody></table></section>");
        }

        var r = year.Remand;
        html.Append("<section class=\"panel\" id=\"remand\"><h2>Children remanded in police custody</h2>");
        CustodyReportParts.Table(html, "Child remand cases", "remand",
        [
            ("Cases scrutinised", N(r.Cases)), ("Given local authority accommodation (foster or secure)", Share(r.Cases, r.AccommodatedShare)),
            ("Stayed in police custody", N(r.NotAccommodated)), ("Of whom charged after 11pm", N(r.NotAccommodatedChargedLate)),
            ("Court agreed with the police decision", Share(r.CourtDecided, r.CourtAgreedShare)),
        ]);
        html.Append("<table data-table=\"remand-ethnicity\"><caption>Child remand cases by ethnicity</caption><thead><tr><th scope=\"col\">Ethnicity</th><th scope=\"col\" class=\"num\">Cases</th><th scope=\"col\" class=\"num\">Stayed in police custody</th></tr></thead><tbody>");
        foreach (var row in r.ByEthnicity)
        {
            html.Append(Invariant, $"<tr><th scope=\"row\">{E(row.Ethnicity)}</th><td class=\"num\">{N(row.Cases)}</td><td class=\"num\">{N(row.NotAccommodated)}</td></tr>");
        }

        var s = year.StripSearches;
        html.Append("</tbody></table><h2>Strip searches of children</h2>");
        CustodyReportParts.Table(html, "Strip searches of children", "strip-searches",
        [
            ("Searches examined", N(s.Searches)), ("Appropriate adult present", N(s.AppropriateAdultPresent)), ("Safeguarding referral made", N(s.SafeguardingReferrals)),
            ("Parent or guardian notified", N(s.ParentsNotified)), ("Item found", N(s.ItemFound)),
        ]);
        return html.Append("</section></body></html>").ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Css = """
        .panel { break-before: page; }
        tbody th { font-weight: normal; }
        """;
}
