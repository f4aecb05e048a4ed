using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Oversight.Core.Accountability.Meetings;
using Oversight.Core.Data;
using Oversight.Core.Email;

namespace Oversight.Core.Accountability.Bodies;

/// E-mail subscriptions to public bodies' publications: subscribe, confirm by the link in the first e-mail (double
/// opt-in), unsubscribe with one click; and the sending of each agenda once its notice begins and of each set of
/// minutes once approved, to confirmed subscribers only.
public sealed class BodySubscriptions(OversightDbContext db, IEmailSender email, TimeProvider clock)
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// Asks the address to confirm. The answer is the same whether or not the address was already subscribed, so the
    /// form cannot be used to learn who subscribes; a confirmed subscriber is sent nothing more.
    public async Task<Saved> SubscribeAsync(string bodyKey, string? address, CancellationToken cancellationToken)
    {
        if (await db.Set<Body>().AsNoTracking().SingleOrDefaultAsync(b => b.Key == bodyKey && b.IsPublic, cancellationToken) is not { } body)
        {
            return Saved.Missing;
        }

        var text = address?.Trim().ToLowerInvariant() ?? "";
        if (text.Length is 0 or > BodySubscription.EmailLength || !text.Contains('@', StringComparison.Ordinal) || !MailboxAddress.TryParse(text, out _))
        {
            return Saved.Invalid("Email", "Enter an email address in the correct format, like name@example.com");
        }

        var subscription = await db.Set<BodySubscription>().SingleOrDefaultAsync(s => s.BodyId == body.Id && s.Email == text, cancellationToken);
        if (subscription is { ConfirmedAt: not null })
        {
            return Saved.Done(body.Id);
        }

        subscription ??= db.Add(new BodySubscription { BodyId = body.Id, Email = text, Token = NewToken(), CreatedAt = clock.GetUtcNow() }).Entity;
        email.Send(text, $"Confirm your subscription to the {body.Name}",
            $"""
            Someone, we hope you, asked to be e-mailed the agendas, papers and minutes of the {body.Name} when they are published.

            To confirm, open this link:
            {email.Link("/bodies/subscriptions/confirm?token=" + subscription.Token)}

            If it was not you, ignore this e-mail: nothing more will be sent to you.
            """);
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(body.Id);
    }

    /// The subscription a link's token names, with its body's name; null for an unknown token.
    public async Task<(BodySubscription Subscription, Body Body)?> FindAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        var found = await db.Set<BodySubscription>().AsNoTracking().Where(s => s.Token == token)
            .Join(db.Set<Body>(), s => s.BodyId, b => b.Id, (s, b) => new { s, b }).SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : (found.s, found.b);
    }

    /// Confirms the subscription the token names; false for an unknown token.
    public async Task<bool> ConfirmAsync(string? token, CancellationToken cancellationToken)
    {
        var subscription = string.IsNullOrEmpty(token) ? null : await db.Set<BodySubscription>().SingleOrDefaultAsync(s => s.Token == token, cancellationToken);
        if (subscription is null)
        {
            return false;
        }

        subscription.ConfirmedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// Deletes the subscription the token names (so the address is not kept); false when there was none.
    public async Task<bool> UnsubscribeAsync(string? token, CancellationToken cancellationToken) =>
        !string.IsNullOrEmpty(token) && await db.Set<BodySubscription>().Where(s => s.Token == token).ExecuteDeleteAsync(cancellationToken) > 0;

    public Task<int> ConfirmedCountAsync(Guid bodyId, CancellationToken cancellationToken) =>
        db.Set<BodySubscription>().CountAsync(s => s.BodyId == bodyId && s.ConfirmedAt != null, cancellationToken);

    /// E-mails confirmed subscribers each agenda whose notice has begun and each set of minutes approved, once. Only
    /// meetings not yet held are sent agendas and only minutes approved in the last month, so a new body's history is
    /// not mailed out.
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var horizon = today.AddDays(60);
        var recent = now.AddDays(-31);
        var meetings = await db.Set<Meeting>().Include(m => m.Body).Include(m => m.AgendaItems).Include(m => m.Reports)
            .Where(m => m.Body!.IsPublic && ((m.AgendaSentAt == null && m.Date >= today && m.Date <= horizon)
                || (m.MinutesSentAt == null && m.MinutesPublishedAt != null && m.MinutesPublishedAt >= recent)))
            .AsSplitQuery().ToListAsync(cancellationToken);
        var sent = 0;

        // Each meeting's mailing is claimed by a conditional update in the same transaction as the e-mails it queues,
        // so two senders at once (the daily job on two servers, or the job and a manual run) never send it twice.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var meeting in meetings)
        {
            var agenda = meeting.AgendaSentAt is null && meeting.Date >= today && meeting.AgendaIsPublic(today)
                && await db.Set<Meeting>().Where(m => m.Id == meeting.Id && m.AgendaSentAt == null)
                    .ExecuteUpdateAsync(u => u.SetProperty(m => m.AgendaSentAt, now), cancellationToken) == 1;
            var minutes = meeting.MinutesSentAt is null && meeting.MinutesArePublic && meeting.MinutesPublishedAt >= recent
                && await db.Set<Meeting>().Where(m => m.Id == meeting.Id && m.MinutesSentAt == null)
                    .ExecuteUpdateAsync(u => u.SetProperty(m => m.MinutesSentAt, now), cancellationToken) == 1;
            if (!agenda && !minutes)
            {
                continue;
            }

            var subscribers = await db.Set<BodySubscription>().AsNoTracking()
                .Where(s => s.BodyId == meeting.Body!.Id && s.ConfirmedAt != null).ToListAsync(cancellationToken);
            foreach (var subscriber in subscribers)
            {
                var unsubscribe = email.Link("/bodies/subscriptions/unsubscribe?token=" + subscriber.Token);
                if (agenda)
                {
                    email.Send(subscriber.Email, $"Agenda published: {meeting.Title}, {meeting.Date.ToString("d MMMM yyyy", EnGb)}", AgendaText(meeting, unsubscribe), unsubscribe);
                    sent++;
                }

                if (minutes)
                {
                    email.Send(subscriber.Email, $"Minutes approved: {meeting.Title}, {meeting.Date.ToString("d MMMM yyyy", EnGb)}", MinutesText(meeting, unsubscribe), unsubscribe);
                    sent++;
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return sent;
    }

    private string AgendaText(Meeting meeting, string unsubscribe)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"The agenda and papers of the {meeting.BodyName} meeting on {meeting.Date.ToString("dddd d MMMM yyyy", EnGb)} are published.");
        text.AppendLine();
        text.AppendLine("Agenda:");
        foreach (var item in meeting.AgendaItems.OrderBy(a => a.Number))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{item.Number}. {item.Title}");
        }

        if (meeting.Reports.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("Papers:");
            foreach (var report in meeting.Reports.OrderBy(r => r.AgendaNumber).ThenBy(r => r.Title))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- {report.Title}");
            }
        }

        return Footer(text, meeting, unsubscribe);
    }

    private string MinutesText(Meeting meeting, string unsubscribe)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"The minutes of the {meeting.BodyName} meeting on {meeting.Date.ToString("dddd d MMMM yyyy", EnGb)} are approved and published.");
        return Footer(text, meeting, unsubscribe);
    }

    private string Footer(StringBuilder text, Meeting meeting, string unsubscribe)
    {
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Read them at {email.Link($"/meetings/{meeting.Id}")}");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"To stop these e-mails, unsubscribe: {unsubscribe}");
        return text.ToString();
    }

    // 32 random bytes as URL-safe text: a link that cannot be guessed.
    private static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
