using Oversight.Core.Documents;
using Oversight.Core.Engagement.Analysis;
using Oversight.Core.Engagement.Coding;
using Oversight.Domain.Engagement;

namespace Oversight.Core.Engagement.Report;

/// What a consultation's "Voice of West Yorkshire" summary shows: every closed question's shares, the themes of
/// each free-text question with approved quotes.
public sealed record EngagementReportData(ConsultationAnalysis Analysis, IReadOnlyList<(ThemeSummary Summary, IReadOnlyList<string> Quotes)> FreeText);

/// Builds the summary from the same analysis the pages use, as standalone HTML or as a PDF.
public sealed class EngagementReport(EngagementAnalysis analysis, FreeTextCoding coding)
{
    public async Task<EngagementReportData?> BuildAsync(string slug, CancellationToken cancellationToken)
    {
        var result = await analysis.AnalyseAsync(slug, null, cancellationToken);
        if (result is null)
        {
            return null;
        }

        var freeText = new List<(ThemeSummary, IReadOnlyList<string>)>();
        foreach (var question in result.Consultation.Questions.Where(q => q.Kind == QuestionKind.FreeText).OrderBy(q => q.Position))
        {
            freeText.Add((await coding.SummariseAsync(result.Consultation, question.Key, cancellationToken),
                await coding.QuotesAsync(result.Consultation.Id, question.Key, cancellationToken)));
        }

        return new(result, freeText);
    }

    public async Task<string?> HtmlAsync(string slug, CancellationToken cancellationToken) =>
        await BuildAsync(slug, cancellationToken) is { } data ? EngagementReportHtml.Write(data) : null;

    public async Task<byte[]?> PdfAsync(string slug, CancellationToken cancellationToken)
    {
        var data = await BuildAsync(slug, cancellationToken);
        return data is null ? null : await PdfPrinter.PrintAsync(EngagementReportHtml.Write(data), "The Voice of West Yorkshire – " + data.Analysis.Consultation.Title, cancellationToken);
    }
}
