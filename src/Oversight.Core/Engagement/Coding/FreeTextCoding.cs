using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;
using Oversight.Domain.Engagement;

namespace Oversight.Core.Engagement.Coding;

/// A free-text answer with the first coder's themes, the check coder's, and whether it may be quoted.
public sealed record CodedAnswer(Guid RespondentId, string Text, ConsultationChannel Channel, IReadOnlyList<string>? Themes, string? FirstCoder, IReadOnlyList<string>? CheckThemes, bool Approved);

public sealed record ThemeShare(CodebookTheme Theme, Proportion Share, KappaResult? Agreement);

/// The themes of a free-text question: each theme's share of coded answers and two coders' agreement (κ per theme).
public sealed record ThemeSummary(ConsultationQuestion Question, int Answers, int Coded, int DoubleCoded, IReadOnlyList<ThemeShare> Themes);

/// Coding free-text answers against a consultation's codebook, double-coding a sample, and approving quotes.
public sealed class FreeTextCoding(OversightDbContext db, TimeProvider clock)
{
    /// The themes the seed's consultation found, used for a new consultation's codebook.
    public static readonly IReadOnlyList<(string Key, string Name, string Description)> SeedThemes =
    [
        ("economic-factors", "Economic factors", "Poverty, unemployment, lack of opportunities"),
        ("community-assets", "Community assets", "Lack of facilities for young people, social isolation"),
        ("relational", "Relational", "Perceptions of poor parenting, cultural intolerance and racism"),
        ("substance-misuse", "Substance misuse", "Drugs and alcohol"),
        ("mental-health", "Mental health", "Insufficient access to mental health services"),
        ("influences", "Influences", "Gang culture, weapons, exposure to violence through media"),
        ("policing-and-justice", "Policing and justice", "Lack of police presence, lack of deterrence or leniency in the justice system"),
    ];

    public Task<List<CodebookTheme>> CodebookAsync(Guid consultationId, CancellationToken cancellationToken) =>
        db.CodebookThemes.AsNoTracking().Where(t => t.ConsultationId == consultationId).OrderBy(t => t.Position).ToListAsync(cancellationToken);

    public async Task<Saved> AddThemeAsync(Guid consultationId, string name, string? description, CancellationToken cancellationToken)
    {
        var key = Labels.Normalise(name ?? "").Replace(' ', '-');
        if (key.Length == 0)
        {
            return Saved.Invalid("Name", "Enter the theme's name");
        }

        var themes = await CodebookAsync(consultationId, cancellationToken);
        if (themes.Any(t => t.Key == key))
        {
            return Saved.Invalid("Name", $"The codebook already has a theme called {name!.Trim()}");
        }

        var theme = new CodebookTheme
        {
            ConsultationId = consultationId,
            Key = key,
            Name = name!.Trim(),
            Description = description?.Trim(),
            Position = themes.Count + 1,
        };
        db.CodebookThemes.Add(theme);
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(theme.Id, key);
    }

    public async Task<bool> RenameThemeAsync(Guid consultationId, string key, string name, string? description, CancellationToken cancellationToken)
    {
        var theme = await db.CodebookThemes.SingleOrDefaultAsync(t => t.ConsultationId == consultationId && t.Key == key, cancellationToken);
        if (theme is null || string.IsNullOrWhiteSpace(name))
        {
            return false;
        }

        theme.Name = name.Trim();
        theme.Description = description?.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// A page of a question's free-text answers with their codes, oldest first, optionally only those not yet coded.
    public async Task<IReadOnlyList<CodedAnswer>> AnswersAsync(Guid consultationId, string questionKey, bool uncodedOnly, int take, CancellationToken cancellationToken)
    {
        var respondents = await db.Respondents.AsNoTracking().Where(r => r.ConsultationId == consultationId)
            .OrderBy(r => r.ImportId).ThenBy(r => r.Line).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        var codings = await CodingsAsync(consultationId, questionKey, cancellationToken);
        var approved = await ApprovedAsync(consultationId, questionKey, cancellationToken);
        return respondents
            .Where(r => r.Answers.ContainsKey(questionKey))
            .Select(r => new CodedAnswer(
                r.Id, r.Answers[questionKey], r.Channel,
                codings.GetValueOrDefault((r.Id, false))?.Themes, codings.GetValueOrDefault((r.Id, false))?.Coder, codings.GetValueOrDefault((r.Id, true))?.Themes, approved.Contains(r.Id)))
            .Where(a => !uncodedOnly || a.Themes is null)
            .Take(take)
            .ToList();
    }

    /// Records a coder's themes for an answer, replacing that coder's earlier codes. A check coding is the second,
    /// independent coding of the double-coded sample.
    public async Task<bool> CodeAsync(Guid consultationId, Guid respondentId, string questionKey, IReadOnlyCollection<string> themes, string coder, bool isCheck, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(themes);
        var known = (await CodebookAsync(consultationId, cancellationToken)).Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        var answered = await db.Respondents.AnyAsync(r => r.Id == respondentId && r.ConsultationId == consultationId, cancellationToken);
        if (!answered || themes.Any(t => !known.Contains(t)))
        {
            return false;
        }

        var coding = await db.AnswerCodings.SingleOrDefaultAsync(
            c => c.RespondentId == respondentId && c.QuestionKey == questionKey && c.IsCheck == isCheck, cancellationToken);
        if (coding is null)
        {
            coding = new AnswerCoding { RespondentId = respondentId, QuestionKey = questionKey, Coder = coder };
            db.AnswerCodings.Add(coding);
        }

        coding.Coder = coder;
        coding.IsCheck = isCheck;
        coding.CodedAt = clock.GetUtcNow();
        coding.Themes = [.. themes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<bool> SetApprovedAsync(Guid consultationId, Guid respondentId, string questionKey, bool approved, string approver, CancellationToken cancellationToken)
    {
        var respondent = await db.Respondents.AsNoTracking().SingleOrDefaultAsync(r => r.Id == respondentId && r.ConsultationId == consultationId, cancellationToken);
        if (respondent is null || !respondent.Answers.ContainsKey(questionKey))
        {
            return false;
        }

        var quote = await db.ApprovedQuotes.SingleOrDefaultAsync(q => q.RespondentId == respondentId && q.QuestionKey == questionKey, cancellationToken);
        if (approved && quote is null)
        {
            db.ApprovedQuotes.Add(new ApprovedQuote { RespondentId = respondentId, QuestionKey = questionKey, ApprovedBy = approver, ApprovedAt = clock.GetUtcNow() });
        }
        else if (!approved && quote is not null)
        {
            db.ApprovedQuotes.Remove(quote);
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// The approved quotes of a question, in the order they were approved.
    public async Task<IReadOnlyList<string>> QuotesAsync(Guid consultationId, string questionKey, CancellationToken cancellationToken)
    {
        var answers = await db.ApprovedQuotes.AsNoTracking()
            .Where(q => q.QuestionKey == questionKey)
            .Join(db.Respondents.Where(r => r.ConsultationId == consultationId), q => q.RespondentId, r => r.Id, (q, r) => new { q.ApprovedAt, r.Answers })
            .OrderBy(x => x.ApprovedAt)
            .Select(x => x.Answers)
            .ToListAsync(cancellationToken);
        return [.. answers.Select(a => a[questionKey])];
    }

    /// Each theme's share of the answers the first coder has coded, and κ per theme over the double-coded sample.
    public async Task<ThemeSummary> SummariseAsync(Consultation consultation, string questionKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(consultation);
        var question = consultation.Questions.Single(q => q.Key == questionKey);
        var themes = await CodebookAsync(consultation.Id, cancellationToken);
        var codings = await CodingsAsync(consultation.Id, questionKey, cancellationToken);
        var answers = await db.Respondents.Where(r => r.ConsultationId == consultation.Id).Select(r => r.Answers).ToListAsync(cancellationToken);
        var first = codings.Where(c => !c.Key.IsCheck).Select(c => c.Value).ToList();
        var pairs = codings.Where(c => c.Key.IsCheck && codings.ContainsKey((c.Key.RespondentId, false)))
            .Select(c => (First: codings[(c.Key.RespondentId, false)].Themes.ToHashSet(), Second: c.Value.Themes.ToHashSet()))
            .ToList();
        var kappas = CohensKappa.PerTheme(
            themes.Select(t => t.Key),
            [.. pairs.Select(p => (IReadOnlySet<string>)p.First)],
            [.. pairs.Select(p => (IReadOnlySet<string>)p.Second)]);
        var shares = themes.Select(t => new ThemeShare(
            t, Proportion.Of(first.Count(c => c.Themes.Contains(t.Key)), first.Count), pairs.Count > 0 ? kappas[t.Key] : null)).ToList();
        return new(question, answers.Count(a => a.ContainsKey(questionKey)), first.Count, pairs.Count, shares);
    }

    private async Task<Dictionary<(Guid RespondentId, bool IsCheck), AnswerCoding>> CodingsAsync(Guid consultationId, string questionKey, CancellationToken cancellationToken) =>
        await db.AnswerCodings.AsNoTracking()
            .Where(c => c.QuestionKey == questionKey && db.Respondents.Any(r => r.Id == c.RespondentId && r.ConsultationId == consultationId))
            .ToDictionaryAsync(c => (c.RespondentId, c.IsCheck), cancellationToken);

    private async Task<HashSet<Guid>> ApprovedAsync(Guid consultationId, string questionKey, CancellationToken cancellationToken) =>
        [.. await db.ApprovedQuotes.AsNoTracking()
            .Where(q => q.QuestionKey == questionKey && db.Respondents.Any(r => r.Id == q.RespondentId && r.ConsultationId == consultationId))
            .Select(q => q.RespondentId).ToListAsync(cancellationToken)];
}
