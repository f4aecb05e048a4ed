using Oversight.Core.Engagement.Analysis;
using Oversight.Domain.Engagement;

namespace Oversight.Core.Engagement;

/// A published figure: its value with interval and base, and where to see the responses behind it.
public sealed record EngagementFigure(string Key, string Consultation, string Question, string Answer, Proportion Share, string Link);

/// Resolves stable figure keys, "engagement:&lt;consultation&gt;:&lt;question&gt;:&lt;option&gt;", to their current values,
/// so a report can cite a figure and always show what the responses say now. The option may be
/// "very-or-quite-safe" on a Likert question.
public sealed class FigureReferences(EngagementAnalysis analysis)
{
    public const string Prefix = "engagement";

    public static string KeyOf(string consultation, string question, string option) => $"{Prefix}:{consultation}:{question}:{option}";

    public async Task<EngagementFigure?> ResolveAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var parts = key.Split(':');
        if (parts.Length != 4 || parts[0] != Prefix)
        {
            return null;
        }

        var result = await analysis.AnalyseAsync(parts[1], null, cancellationToken);
        var question = result?.Questions.SingleOrDefault(q => q.Question.Key == parts[2]);
        if (question is null)
        {
            return null;
        }

        var answer = parts[3] == EngagementAnalysis.VeryOrQuiteSafe && question.Likert is not null
            ? "Very or quite safe"
            : question.Question.Options.SingleOrDefault(o => o.Key == parts[3])?.Label;
        if (answer is null)
        {
            return null;
        }

        return new(key, result!.Consultation.Title, question.Question.Text, answer, EngagementAnalysis.Share(question, parts[3]),
            $"/engagement/consultations/{parts[1]}/questions/{parts[2]}");
    }
}
