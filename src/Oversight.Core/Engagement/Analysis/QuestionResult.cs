using Oversight.Domain.Engagement;

namespace Oversight.Core.Engagement.Analysis;

/// One closed question's answers: each option's share of those who answered, with its Wilson interval.
public sealed record QuestionResult(ConsultationQuestion Question, int Base, IReadOnlyList<OptionResult> Options, LikertSummary? Likert)
{
    public OptionResult Option(string key) => Options.Single(o => o.Option.Key == key);

    /// Counts the answers of <paramref name="respondents"/> to <paramref name="question"/>.
    public static QuestionResult Of(ConsultationQuestion question, IEnumerable<Respondent> respondents)
    {
        ArgumentNullException.ThrowIfNull(question);
        var chosen = respondents.Select(r => r.Chosen(question.Key)).Where(c => c.Count > 0).ToList();
        var counts = question.Options.ToDictionary(o => o.Key, o => chosen.Count(c => c.Contains(o.Key)), StringComparer.Ordinal);
        var options = question.Options.Select(o => new OptionResult(o, Proportion.Of(counts[o.Key], chosen.Count))).ToList();
        var likert = question.Kind == QuestionKind.Likert ? LikertScale.Summarise(chosen.Select(c => c[0])) : null;
        return new(question, chosen.Count, options, likert);
    }
}

public sealed record OptionResult(AnswerOption Option, Proportion Share);
