using Microsoft.EntityFrameworkCore;
using Oversight.Core.Audit;
using Oversight.Core.Data;
using Oversight.Domain;

namespace Oversight.Core.Casework.Letters;

/// What every casework letter shares whichever case it belongs to: writing it onto the file with its recipient and
/// signatory, opening it (audited, as personal data) and recording that it was sent.
public sealed class CaseLetters(OversightDbContext db, IAuditActor actor, TimeProvider clock)
{
    public DateOnly Today => UkTime.Today(clock);

    /// The signed-in officer's name as people know it.
    public async Task<string> SignedInNameAsync(CancellationToken cancellationToken) =>
        await db.Users.Where(u => u.Id == actor.UserId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken) ?? actor.Name;

    /// Fills the current template of the kind and keeps the letter on the file, addressed to the person as the case
    /// holds them today and signed by the given officer (the signed-in one when none is given).
    public async Task<CaseLetter> WriteAsync(LetterKind kind, CasePerson? recipient, string reference, Func<LetterTemplate, (string Subject, string Body)> fill,
        Action<CaseLetter> attach, string? signedBy, string signerRole, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fill);
        ArgumentNullException.ThrowIfNull(attach);
        var template = await db.LetterTemplates.AsNoTracking().SingleAsync(t => t.Kind == kind, cancellationToken);
        var (subject, body) = fill(template);
        var letter = new CaseLetter
        {
            Kind = kind,
            Dated = Today,
            GeneratedBy = actor.Name,
            Reference = reference,
            RecipientName = recipient?.Name,
            RecipientAddress = recipient?.Address ?? recipient?.Email,
            SignedBy = signedBy ?? await SignedInNameAsync(cancellationToken),
            SignerRole = signerRole,
            Subject = subject,
            Body = body,
        };
        attach(letter);
        db.CaseLetters.Add(letter);
        await db.SaveChangesAsync(cancellationToken);
        return letter;
    }

    /// A letter on a case's file; reading it is audited like the file itself.
    public async Task<CaseLetter?> OpenAsync(Guid letterId, CancellationToken cancellationToken)
    {
        var letter = await db.CaseLetters.AsNoTracking().SingleOrDefaultAsync(l => l.Id == letterId, cancellationToken);
        if (letter is not null)
        {
            AuditTrail.RecordView(db, actor, clock, nameof(CaseLetter), letterId.ToString());
            await db.SaveChangesAsync(cancellationToken);
        }

        return letter;
    }

    /// Records the day and the way the letter went, with who recorded it; the change is audited like any other.
    public async Task<Saved> MarkSentAsync(Guid letterId, DateOnly? sentOn, LetterChannel? channel, CancellationToken cancellationToken)
    {
        var letter = await db.CaseLetters.SingleOrDefaultAsync(l => l.Id == letterId, cancellationToken);
        if (letter is null)
        {
            return Saved.Missing;
        }

        var errors = new List<FieldError>();
        if (sentOn is null)
        {
            errors.Add(new("SentOn", "Enter the date the letter was sent"));
        }
        else if (sentOn > Today)
        {
            errors.Add(new("SentOn", "The date the letter was sent must be today or in the past"));
        }
        else if (sentOn < letter.Dated)
        {
            errors.Add(new("SentOn", $"The date the letter was sent must be on or after the date it was written, {LetterWriter.Date(letter.Dated)}"));
        }

        if (channel is null || !Enum.IsDefined(channel.Value))
        {
            errors.Add(new("SentBy", "Select how the letter was sent"));
        }

        if (errors.Count > 0)
        {
            return Saved.Invalid(errors);
        }

        letter.SentOn = sentOn;
        letter.SentBy = channel;
        letter.SentRecordedBy = await SignedInNameAsync(cancellationToken);
        letter.SentRecordedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(letterId);
    }
}
