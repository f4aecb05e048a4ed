using System.Globalization;
using System.Net;
using System.Text;
using Oversight.Core.Documents;
using Oversight.Core.Engagement.Analysis;
using Oversight.Domain.Engagement;

namespace Oversight.Core.Engagement.Report;

/// The summary as one standalone, print-ready HTML file. Every figure carries its reference key (data-figure), so
/// the annual report can cite it and a reader can find the responses behind it. All text is HTML-encoded.
public static class EngagementReportHtml
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private const string Css = """
        body{font-family:Arial,sans-serif;color:#0b0c0c;margin:0 auto;max-width:960px;padding:16px;line-height:1.4}
        h1{font-size:2rem;margin:0 0 8px}h2{font-size:1.5rem;margin-top:32px;border-top:2px solid #1d70b8;padding-top:12px}h3{font-size:1.1rem}
        table{border-collapse:collapse;width:100%;margin:8px 0 16px}th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #b1b4b6}
        td.n,th.n{text-align:right}.key{font-family:monospace;font-size:.75rem;color:#505a5f}
        blockquote{border-left:6px solid #b1b4b6;margin:8px 0;padding:4px 12px;font-style:italic}
        .headline{font-size:1.25rem}.headline strong{font-size:1.75rem;color:#1d70b8}
        section{break-inside:avoid-page}svg{max-width:100%;height:auto}
        """;

    public static string Write(EngagementReportData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var c = data.Analysis.Consultation;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">")
            .Append(English, $"<title>The Voice of West Yorkshire: {E(c.Title)}</title><style>{Css}</style></head><body><main>")
            .Append(English, $"<p>The Voice of West Yorkshire</p><h1>{E(c.Title)}</h1>")
            .Append(English, $"<p>{E(c.Purpose.Label())} consultation, {E(Date(c.OpensOn))} to {E(Date(c.ClosesOn))}, through {E(string.Join(", ", c.Channels.Select(ch => ch.Label().ToLowerInvariant())))}. ")
            .Append(English, $"<strong data-figure=\"engagement:{E(c.Slug)}:respondents\">{data.Analysis.Respondents:N0}</strong> people responded.</p>");
        Headlines(html, data.Analysis);
        foreach (var result in data.Analysis.Questions)
        {
            Question(html, c.Slug, result);
        }

        foreach (var (summary, quotes) in data.FreeText)
        {
            FreeText(html, summary, quotes);
        }

        html.Append("<section><h2>How to read these figures</h2><p>Percentages are of the people who answered each question (the base). ")
            .Append("The range after each is its 95% confidence interval (Wilson score): the share among everyone like the respondents is very likely inside it. ")
            .Append("People chose to respond, so the results describe those who took part, not every resident. ")
            .Append("Free-text answers were coded into themes by analysts; a sample was coded again by a second analyst and their agreement measured with Cohen's kappa.</p></section>")
            .Append("</main></body></html>");
        return html.ToString();
    }

    private static void Headlines(StringBuilder html, ConsultationAnalysis analysis)
    {
        html.Append("<section><h2>Key findings</h2><ul>");
        foreach (var result in analysis.Questions)
        {
            var (option, label) = result.Likert is not null
                ? (EngagementAnalysis.VeryOrQuiteSafe, "very or quite safe")
                : (result.Question.Options[0].Key, "said “" + result.Question.Options[0].Label.ToLowerInvariant() + "”");
            var share = EngagementAnalysis.Share(result, option);
            if (share.Count is > 0 and < SmallCounts.SuppressBelow || (result.Likert is null && Withheld(result)[0]))
            {
                continue;
            }

            var key = FigureReferences.KeyOf(analysis.Consultation.Slug, result.Question.Key, option);
            html.Append(English, $"<li class=\"headline\" data-figure=\"{E(key)}\"><strong>{Percent(share.Value)}</strong> {E(label)}: {E(result.Question.Text)} ")
                .Append(English, $"<span>(95% CI {Interval(share)}; base {share.Base:N0})</span> <span class=\"key\">{E(key)}</span></li>");
        }

        html.Append("</ul></section>");
    }

    // The summary is published, so counts below the public threshold are withheld, with a complementary cell so the
    // base cannot give them back; a share is withheld with its count.
    private static void Question(StringBuilder html, string slug, QuestionResult result)
    {
        var withheld = Withheld(result);
        var shown = result.Options.Where((_, i) => !withheld[i]).Select(o => (o.Option.Label, o.Share)).ToList();
        html.Append(English, $"<section><h2>{E(result.Question.Text)}</h2>")
            .Append(BarChart.Write(result.Question.Text, shown))
            .Append(English, $"<table><caption>{E(result.Question.Text)} (base {result.Base:N0})</caption><thead><tr><th scope=\"col\">Answer</th><th scope=\"col\" class=\"n\">Count</th><th scope=\"col\" class=\"n\">Share</th><th scope=\"col\" class=\"n\">95% confidence interval</th><th scope=\"col\">Reference</th></tr></thead><tbody>");
        for (var i = 0; i < result.Options.Count; i++)
        {
            var o = result.Options[i];
            var key = FigureReferences.KeyOf(slug, result.Question.Key, o.Option.Key);
            html.Append(withheld[i]
                ? string.Create(English, $"<tr data-figure=\"{E(key)}\"><th scope=\"row\">{E(o.Option.Label)}</th><td class=\"n\">withheld</td><td class=\"n\">withheld</td><td class=\"n\"></td><td class=\"key\">{E(key)}</td></tr>")
                : string.Create(English, $"<tr data-figure=\"{E(key)}\"><th scope=\"row\">{E(o.Option.Label)}</th><td class=\"n\">{o.Share.Count:N0}</td><td class=\"n\">{Percent(o.Share.Value)}</td><td class=\"n\">{Interval(o.Share)}</td><td class=\"key\">{E(key)}</td></tr>"));
        }

        html.Append(English, $"</tbody></table>{(withheld.Any(w => w) ? $"<p>Counts below {SmallCounts.SuppressBelow} are withheld, with the next smallest so they cannot be worked out.</p>" : "")}</section>");
    }

    private static IReadOnlyList<bool> Withheld(QuestionResult result) =>
        result.Question.Kind == QuestionKind.MultipleChoice
            ? [.. result.Options.Select(o => o.Share.Count is > 0 and < SmallCounts.SuppressBelow)]
            : SmallCells.Withheld([.. result.Options.Select(o => o.Share.Count)], SmallCounts.SuppressBelow, zerosAreSmall: false);

    private static void FreeText(StringBuilder html, Coding.ThemeSummary summary, IReadOnlyList<string> quotes)
    {
        html.Append(English, $"<section><h2>{E(summary.Question.Text)}</h2><p>{summary.Coded:N0} answers coded into themes; an answer can mention several.</p>")
            .Append(BarChart.Write(summary.Question.Text, [.. summary.Themes.Select(t => (t.Theme.Name, t.Share))]));
        foreach (var quote in quotes)
        {
            html.Append(English, $"<blockquote>“{E(quote)}”</blockquote>");
        }

        html.Append("</section>");
    }

    internal static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    internal static string Percent(double share) => (share * 100).ToString("0", English) + "%";

    private static string Interval(Proportion share) => $"{(share.Lower * 100).ToString("0.0", English)}% to {(share.Upper * 100).ToString("0.0", English)}%";

    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", English);
}
