using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;
using Oversight.Domain;
using Oversight.Domain.Engagement;

namespace Oversight.Core.Engagement;

public sealed record NewConsultation(string Title, string? Slug, ConsultationPurpose Purpose, IReadOnlyList<ConsultationChannel> Channels, DateOnly OpensOn, DateOnly ClosesOn);

public sealed record NewQuestion(string Key, string Text, QuestionKind Kind, IReadOnlyList<string> Options);

/// One count from a paper form or an event's tally sheet: so many people gave this answer.
public sealed record Tally(string QuestionKey, string OptionKey, int Count);

/// Consultations and their questions, and responses entered by hand from paper or event tallies.
public sealed class Consultations(OversightDbContext db)
{
    public const int MaxTally = 10_000;

    public Task<List<Consultation>> ListAsync(CancellationToken cancellationToken) =>
        db.Consultations.AsNoTracking().OrderByDescending(c => c.OpensOn).ThenBy(c => c.Title).ToListAsync(cancellationToken);

    public Task<Consultation?> FindAsync(string slug, CancellationToken cancellationToken) =>
        db.Consultations.AsNoTracking().SingleOrDefaultAsync(c => c.Slug == slug, cancellationToken);

    /// Creates a consultation with the seed's codebook of themes; its slug is the key.
    public async Task<Saved> CreateAsync(NewConsultation consultation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(consultation);
        var errors = new List<FieldError>();
        var slug = Labels.Normalise(consultation.Slug ?? "").Replace(' ', '-');
        if (string.IsNullOrWhiteSpace(consultation.Title))
        {
            errors.Add(new("Title", "Enter the consultation's title"));
        }

        if (slug.Length == 0)
        {
            errors.Add(new("Slug", "Enter a short name for web addresses and figure references, like plan-2024"));
        }
        else if (await db.Consultations.AnyAsync(c => c.Slug == slug, cancellationToken))
        {
            errors.Add(new("Slug", $"Another consultation already has the short name {slug}"));
        }

        if (consultation.Channels.Count == 0)
        {
            errors.Add(new("Channels", "Select at least one channel"));
        }

        if (consultation.ClosesOn < consultation.OpensOn)
        {
            errors.Add(new("ClosesOn", "The closing date must be the same as or after the opening date"));
        }

        if (errors.Count > 0)
        {
            return Saved.Invalid(errors);
        }

        var created = new Consultation
        {
            Slug = slug,
            Title = consultation.Title.Trim(),
            Purpose = consultation.Purpose,
            Channels = [.. consultation.Channels.Distinct()],
            OpensOn = consultation.OpensOn,
            ClosesOn = consultation.ClosesOn,
        };
        db.Consultations.Add(created);
        db.CodebookThemes.AddRange(Coding.FreeTextCoding.SeedThemes.Select((t, i) => new Coding.CodebookTheme
        {
            ConsultationId = created.Id,
            Key = t.Key,
            Name = t.Name,
            Description = t.Description,
            Position = i + 1,
        }));
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(created.Id, slug);
    }

    public async Task<Saved> AddQuestionAsync(string slug, NewQuestion question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        var consultation = await db.Consultations.SingleAsync(c => c.Slug == slug, cancellationToken);
        var key = Labels.Normalise(question.Key).Replace(' ', '-');
        var errors = new List<FieldError>();
        if (key.Length == 0)
        {
            errors.Add(new("Key", "Enter a short key for the question, like feel-safe"));
        }
        else if (consultation.Questions.Any(q => q.Key == key))
        {
            errors.Add(new("Key", $"The consultation already has a question with the key {key}"));
        }

        if (string.IsNullOrWhiteSpace(question.Text))
        {
            errors.Add(new("Text", "Enter the question as respondents saw it"));
        }

        var labels = question.Options.Select(o => o.Trim()).Where(o => o.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (question.Kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice && labels.Count < 2)
        {
            errors.Add(new("Options", "Enter at least two options, one a line"));
        }

        if (errors.Count > 0)
        {
            return Saved.Invalid(errors);
        }

        var fixedOptions = question.Kind.FixedOptions();
        // Added through the set: a new question with its key already set, found only through the navigation,
        // would be taken for an existing row and updated.
        var added = new ConsultationQuestion
        {
            ConsultationId = consultation.Id,
            Key = key,
            Text = question.Text.Trim(),
            Kind = question.Kind,
            Position = consultation.Questions.Count + 1,
            Options = fixedOptions.Count > 0 || !question.Kind.IsClosed()
                ? [.. fixedOptions]
                : [.. labels.Select(l => new AnswerOption(Labels.Normalise(l).Replace(' ', '-'), l))],
        };
        db.ConsultationQuestions.Add(added);
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(added.Id, key);
    }

    /// Adds one respondent per person counted, with no personal fields, so tallies and individual responses are
    /// analysed alike. Each tally answers one question only.
    public async Task<Saved> EnterTalliesAsync(string slug, ConsultationChannel channel, string? district, IReadOnlyList<Tally> tallies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tallies);
        var consultation = await db.Consultations.AsNoTracking().SingleAsync(c => c.Slug == slug, cancellationToken);
        var errors = new List<FieldError>();
        if (district is not null && RespondentFields.Match(RespondentFields.District, district) is null)
        {
            errors.Add(new("District", "Choose a district"));
        }

        foreach (var (tally, i) in tallies.Select((t, i) => (t, i)))
        {
            var question = consultation.Questions.SingleOrDefault(q => q.Key == tally.QuestionKey);
            if (question is null || question.Kind is QuestionKind.FreeText or QuestionKind.Number || question.Options.All(o => o.Key != tally.OptionKey))
            {
                errors.Add(new($"Tallies[{i}]", "Choose an answer of a closed question"));
            }
            else if (tally.Count is < 0 or > MaxTally)
            {
                errors.Add(new($"Tallies[{i}]", $"Enter a count between 0 and {MaxTally:N0}"));
            }
        }

        if (errors.Count > 0)
        {
            return Saved.Invalid(errors);
        }

        foreach (var tally in tallies)
        {
            for (var n = 0; n < tally.Count; n++)
            {
                db.Respondents.Add(new Respondent
                {
                    ConsultationId = consultation.Id,
                    Channel = channel,
                    District = district,
                    Answers = new(StringComparer.Ordinal) { [tally.QuestionKey] = tally.OptionKey },
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(consultation.Id, slug);
    }
}
