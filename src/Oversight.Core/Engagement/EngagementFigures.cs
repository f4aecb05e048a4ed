using System.Globalization;
using Oversight.Core.Documents;
using Oversight.Core.Engagement.Analysis;
using Oversight.Domain.Engagement;
using Oversight.Domain.Performance.Periods;
using Oversight.Domain.Reporting;

namespace Oversight.Core.Engagement;

/// The annual report's engagement figures: for each consultation opened in the year, the share giving each answer to
/// each closed question (and "very or quite safe" on Likert questions), as "engagement.plan-2024.feel-safe.yes".
public sealed class EngagementFigures(Consultations consultations, EngagementAnalysis analysis) : IFigureSource
{
    private const string Prefix = "engagement.";

    public async Task<IReadOnlyList<Figure>> FiguresAsync(int firstYear, CancellationToken cancellationToken)
    {
        var figures = new List<Figure>();
        foreach (var result in await InYearAsync(firstYear, cancellationToken))
        {
            foreach (var question in result.Questions.Where(q => q.Question.Kind != QuestionKind.FreeText && q.Question.Kind != QuestionKind.Number))
            {
                var options = question.Options.Select(o => (o.Option.Key, o.Option.Label));
                if (question.Likert is not null)
                {
                    options = options.Append((EngagementAnalysis.VeryOrQuiteSafe, "Very or quite safe"));
                }

                foreach (var (key, label) in options)
                {
                    var share = EngagementAnalysis.Share(question, key);
                    figures.Add(new Figure(
                        $"{Prefix}{result.Consultation.Slug}.{question.Question.Key}.{key}",
                        $"\"{label}\" to \"{question.Question.Text}\" ({result.Consultation.Title}, {share.Base:N0} answers)",
                        (decimal)Math.Round(share.Value * 100, 0), FigureFormat.Percentage, "spotlight",
                        $"Responses to {result.Consultation.Title}",
                        $"/engagement/consultations/{result.Consultation.Slug}/questions/{question.Question.Key}"));
                }
            }
        }

        return figures;
    }

    public async Task<FigureRecords?> RecordsAsync(int firstYear, string key, CancellationToken cancellationToken)
    {
        var parts = key.StartsWith(Prefix, StringComparison.Ordinal) ? key.Split('.') : [];
        if (parts.Length != 4)
        {
            return null;
        }

        var result = (await InYearAsync(firstYear, cancellationToken)).FirstOrDefault(r => r.Consultation.Slug == parts[1]);
        var question = result?.Questions.FirstOrDefault(q => q.Question.Key == parts[2]);
        return question is null ? null : FigureTable.Of(["Answer", "Respondents", "Share", "95% interval"], question.Options, o =>
        {
            var share = EngagementAnalysis.Share(question, o.Option.Key);
            return [o.Option.Label, share.Count, Percent(share.Value), $"{Percent(share.Lower)} to {Percent(share.Upper)}"];
        });
    }

    private async Task<List<ConsultationAnalysis>> InYearAsync(int firstYear, CancellationToken cancellationToken)
    {
        var year = ReportingPeriod.FinancialYear(firstYear);
        var results = new List<ConsultationAnalysis>();
        foreach (var consultation in (await consultations.ListAsync(cancellationToken)).Where(c => c.OpensOn >= year.Start && c.OpensOn <= year.End))
        {
            if (await analysis.AnalyseAsync(consultation.Slug, null, cancellationToken) is { } result)
            {
                results.Add(result);
            }
        }

        return results;
    }

    private static string Percent(double share) => share.ToString("P1", CultureInfo.GetCultureInfo("en-GB"));
}
