using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;
using Oversight.Domain.Engagement;

namespace Oversight.Core.Engagement.Analysis;

/// A consultation's closed questions counted from its individual responses.
public sealed record ConsultationAnalysis(Consultation Consultation, ConsultationChannel? Channel, int Respondents, IReadOnlyList<QuestionResult> Questions)
{
    public QuestionResult Question(string key) => Questions.Single(q => q.Question.Key == key);
}

/// One share (an option, or "very or quite safe") compared across channels or consultations.
public sealed record ShareComparison(string Label, Proportion Share);

/// The analysis every engagement page, the report and the figure references share, computed from responses.
public sealed class EngagementAnalysis(OversightDbContext db)
{
    /// "Very or quite safe", the Likert summary's share, usable wherever an option key is.
    public const string VeryOrQuiteSafe = "very-or-quite-safe";

    public Task<Consultation?> FindAsync(string slug, CancellationToken cancellationToken) =>
        db.Consultations.AsNoTracking().SingleOrDefaultAsync(c => c.Slug == slug, cancellationToken);

    public async Task<ConsultationAnalysis?> AnalyseAsync(string slug, ConsultationChannel? channel, CancellationToken cancellationToken)
    {
        var consultation = await FindAsync(slug, cancellationToken);
        if (consultation is null)
        {
            return null;
        }

        var respondents = await RespondentsAsync(consultation.Id, channel, cancellationToken);
        var questions = consultation.Questions.Where(q => q.Kind.IsClosed()).OrderBy(q => q.Position)
            .Select(q => QuestionResult.Of(q, respondents)).ToList();
        return new(consultation, channel, respondents.Count, questions);
    }

    public async Task<Breakdown?> BreakdownAsync(string slug, string questionKey, string field, CancellationToken cancellationToken)
    {
        var consultation = await FindAsync(slug, cancellationToken);
        var question = consultation?.Questions.SingleOrDefault(q => q.Key == questionKey && q.Kind.IsClosed());
        if (question is null || !RespondentFields.Values.ContainsKey(field))
        {
            return null;
        }

        return Breakdown.Of(question, field, await RespondentsAsync(consultation!.Id, null, cancellationToken));
    }

    /// The share choosing <paramref name="optionKey"/> through each channel that asked the question, and the
    /// difference between the first two with its Newcombe interval.
    public async Task<(IReadOnlyList<ShareComparison> Shares, ProportionDifference? Difference)> CompareChannelsAsync(string slug, string questionKey, string optionKey, CancellationToken cancellationToken)
    {
        var consultation = await FindAsync(slug, cancellationToken);
        var question = consultation?.Questions.SingleOrDefault(q => q.Key == questionKey && q.Kind.IsClosed());
        if (question is null)
        {
            return ([], null);
        }

        var respondents = await RespondentsAsync(consultation!.Id, null, cancellationToken);
        var shares = respondents.GroupBy(r => r.Channel).OrderBy(g => g.Key)
            .Select(g => new ShareComparison(g.Key.Label(), Share(QuestionResult.Of(question, g), optionKey)))
            .Where(s => s.Share.Base > 0).ToList();
        return (shares, Difference(shares));
    }

    /// The same question's share in two consultations (this year against last, say).
    public async Task<(IReadOnlyList<ShareComparison> Shares, ProportionDifference? Difference)> CompareConsultationsAsync(string firstSlug, string secondSlug, string questionKey, string optionKey, CancellationToken cancellationToken)
    {
        var shares = new List<ShareComparison>();
        foreach (var slug in new[] { firstSlug, secondSlug })
        {
            var analysis = await AnalyseAsync(slug, null, cancellationToken);
            var result = analysis?.Questions.SingleOrDefault(q => q.Question.Key == questionKey);
            if (result is not null)
            {
                shares.Add(new(analysis!.Consultation.Title, Share(result, optionKey)));
            }
        }

        return (shares, Difference(shares));
    }

    /// The share of an option, or of "very or quite safe" on a Likert question.
    public static Proportion Share(QuestionResult result, string optionKey)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (optionKey == VeryOrQuiteSafe && result.Likert is not null)
        {
            return result.Likert.VeryOrQuiteSafe;
        }

        return result.Options.SingleOrDefault(o => o.Option.Key == optionKey)?.Share ?? Proportion.Of(0, result.Base);
    }

    private async Task<List<Respondent>> RespondentsAsync(Guid consultationId, ConsultationChannel? channel, CancellationToken cancellationToken) =>
        await db.Respondents.AsNoTracking()
            .Where(r => r.ConsultationId == consultationId && (channel == null || r.Channel == channel))
            .ToListAsync(cancellationToken);

    private static ProportionDifference? Difference(List<ShareComparison> shares) =>
        shares.Count >= 2 && shares[0].Share.Base > 0 && shares[1].Share.Base > 0
            ? ProportionDifference.Between(shares[0].Share.Count, shares[0].Share.Base, shares[1].Share.Count, shares[1].Share.Base)
            : null;
}
