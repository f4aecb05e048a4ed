using System.Globalization;
using System.Net;
using System.Text;
using Oversight.Core.Reporting;
using Oversight.Web.Custody;
using Oversight.Web.Documents;

namespace Oversight.Web.Reporting;

/// What the custody visiting and scrutiny panel reports share: the head and cover, tables of labelled figures, and
/// the public version's rule that withholds counts from 1 to 4.
public static class CustodyReportParts
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// The document up to the end of its cover, which says which version it is.
    public static StringBuilder Start(string title, string office, string basis, string css, bool open) =>
        new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">")
            .Append(Invariant, $"<title>{E(title)}</title><style>{PrintStyles.Css}{css}</style></head><body>")
            .Append(Invariant, $"<section class=\"cover\"><p class=\"office\">{E(office)}</p><h1>{E(title)}</h1>")
            .Append(Invariant, $"<p class=\"plan\">{E(basis)}</p>")
            .Append(Invariant, $"<p data-audience=\"{(open ? "public" : "office")}\">{(open ? "Public version: counts from 1 to 4 are shown as \u201cfewer than 5\u201d so that no one can be identified." : "Version for the office, with every count. Not for publication.")}</p></section>");

    public static string Count(int count, bool open) =>
        open && count is > 0 and < ReportDocument.SuppressBelow ? ReportDocument.Suppressed : count.ToString("N0", CustodyText.Culture);

    public static void Table(StringBuilder html, string caption, string key, IEnumerable<(string Label, string Value)> rows)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(rows);
        html.Append(Invariant, $"<table data-table=\"{key}\"><caption>{E(caption)}</caption><tbody>");
        foreach (var (label, value) in rows)
        {
            html.Append(Invariant, $"<tr><th scope=\"row\">{E(label)}</th><td class=\"num\">{E(value)}</td></tr>");
        }

        html.Append("</tbody></table>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
