using System.Globalization;
using System.Net;
using System.Text;
using Oversight.Core.Accountability.Actions;
using Oversight.Core.Reporting;

namespace Oversight.Core.Accountability.Meetings;

/// The papers for a meeting, built from its agenda: each item with the force's reports linked to it, then the
/// questions and the open actions carried into the meeting. HTML for the screen, PDF for the pack that is sent out.
public sealed class MeetingPack(Meetings meetings, MeetingActions actions)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private const string Css = """
        body { font-family: Arial, Helvetica, sans-serif; font-size: 11pt; line-height: 1.4; color: #0b0c0c; margin: 0 0 0 0; }
        h1 { font-size: 22pt; margin: 0 0 8pt; }
        h2 { font-size: 16pt; margin: 18pt 0 6pt; border-bottom: 2px solid #1d70b8; padding-bottom: 3pt; }
        h3 { font-size: 12.5pt; margin: 12pt 0 4pt; }
        a { color: #1d70b8; }
        .meta { color: #505a5f; }
        table { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
        th, td { text-align: left; vertical-align: top; border-bottom: 1px solid #b1b4b6; padding: 3pt 4pt; }
        tr { break-inside: avoid; }
        """;

    public async Task<(string Html, string Title)?> HtmlAsync(Guid meetingId, CancellationToken cancellationToken)
    {
        if (await meetings.FindAsync(meetingId, cancellationToken) is not { } meeting)
        {
            return null;
        }

        var open = (await actions.ForMeetingAsync(meetingId, cancellationToken)).Where(a => a.Status != ActionStatus.Completed).ToList();
        var title = $"{meeting.BodyName}: {meeting.Title}";
        return (Write(meeting, open, title), title);
    }

    public async Task<byte[]?> PdfAsync(Guid meetingId, CancellationToken cancellationToken) =>
        await HtmlAsync(meetingId, cancellationToken) is { } pack
            ? await PdfPrinter.PrintAsync(pack.Html, $"Meeting pack – {pack.Title}", cancellationToken)
            : null;

    private static string Write(Meeting meeting, List<MeetingAction> open, string title)
    {
        var html = new StringBuilder();
        html.Append(Invariant, $"<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>{E(title)}</title><style>{Css}</style></head><body>")
            .Append(Invariant, $"<h1>{E(title)}</h1><p class=\"meta\">{E(meeting.Date.ToString("d MMMM yyyy", Invariant))}")
            .Append(meeting.Theme is { } theme ? $" – theme: {E(theme)}" : "").Append("</p>");
        if (meeting.Attendees.Length > 0)
        {
            html.Append("<h2>Attendees</h2><ul>");
            foreach (var line in meeting.Attendees.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                html.Append(Invariant, $"<li>{E(line)}</li>");
            }

            html.Append("</ul>");
        }

        html.Append("<h2>Agenda</h2>");
        if (meeting.AgendaItems.Count == 0)
        {
            html.Append("<p>No agenda items yet.</p>");
        }

        foreach (var item in meeting.AgendaItems.OrderBy(a => a.Number))
        {
            html.Append(Invariant, $"<h3>{item.Number}. {E(item.Title)}</h3>");
            if (item.Summary.Length > 0)
            {
                html.Append(Invariant, $"<p>{E(item.Summary)}</p>");
            }

            Reports(html, meeting.Reports.Where(r => r.AgendaNumber == item.Number));
        }

        var unlinked = meeting.Reports.Where(r => r.AgendaNumber is null || meeting.AgendaItems.All(a => a.Number != r.AgendaNumber)).ToList();
        if (unlinked.Count > 0)
        {
            html.Append("<h3>Other reports</h3>");
            Reports(html, unlinked);
        }

        if (meeting.Questions.Count > 0)
        {
            html.Append("<h2>Questions to the Chief Constable</h2><table><thead><tr><th scope=\"col\">Question</th><th scope=\"col\">Answer</th></tr></thead><tbody>");
            foreach (var q in meeting.Questions.OrderBy(q => q.AgendaNumber ?? int.MaxValue))
            {
                html.Append(Invariant, $"<tr><td>{E(q.Question)} <span class=\"meta\">({E(q.AskedBy)})</span></td><td>{E(q.Answer ?? "Not yet answered")}")
                    .Append(q.AnsweredBy is { } by ? $" <span class=\"meta\">({E(by)})</span>" : "").Append("</td></tr>");
            }

            html.Append("</tbody></table>");
        }

        html.Append("<h2>Open actions</h2>");
        if (open.Count == 0)
        {
            html.Append("<p>No open actions.</p>");
        }
        else
        {
            html.Append("<table><thead><tr><th scope=\"col\">Reference</th><th scope=\"col\">Action</th><th scope=\"col\">Owner</th><th scope=\"col\">Due</th><th scope=\"col\">Status</th></tr></thead><tbody>");
            foreach (var a in open)
            {
                html.Append(Invariant, $"<tr><td>{E(a.Reference)}</td><td>{E(a.Description)}</td><td>{E(a.OwnerPerson)}</td><td>{E(a.DueDate.ToString("d MMM yyyy", Invariant))}</td><td>{E(ActionWords.Status(a.Status))}</td></tr>");
            }

            html.Append("</tbody></table>");
        }

        return html.Append("</body></html>").ToString();
    }

    private static void Reports(StringBuilder html, IEnumerable<MeetingReport> reports)
    {
        var list = reports.ToList();
        if (list.Count == 0)
        {
            return;
        }

        html.Append("<ul>");
        foreach (var r in list)
        {
            html.Append(Invariant, $"<li>Report: {E(r.Title)} <span class=\"meta\">(submitted by {E(r.SubmittedBy)})</span>");
            if (r.Url is { } url)
            {
                html.Append(Invariant, $" – <a href=\"{E(url)}\">{E(url)}</a>");
            }

            if (r.FileName is { } file)
            {
                html.Append(Invariant, $" – attached document {E(file)}");
            }

            html.Append("</li>");
        }

        html.Append("</ul>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
