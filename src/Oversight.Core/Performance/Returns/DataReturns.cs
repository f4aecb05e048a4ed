using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Accounts;
using Oversight.Core.Data;
using Oversight.Core.Email;
using Oversight.Domain;
using Oversight.Domain.Performance.Returns;
using Oversight.Domain.Plan;

namespace Oversight.Core.Performance.Returns;

/// The data-return calendar: which datasets' returns are due or overdue, for whom, and the reminders and overdue
/// notices the daily job puts in the outbox.
public sealed class DataReturns(OversightDbContext db, PoliceAndCrimePlan plan, IEmailSender email, TimeProvider clock)
{
    /// Overdue notices go only for returns that fell due this recently, so the first run on an old database does not
    /// mail a notice for every return since the plan began; the page still lists them all.
    public const int OverdueNoticeWindowDays = 31;

    public DateOnly Today => UkTime.Today(clock);

    /// Every return since the plan began that is not yet in, for the datasets the user may see: office staff every
    /// dataset, anyone else the datasets their own organisation owns. Latest due day first, so what is due now or
    /// has just fallen overdue leads and long-standing gaps follow.
    public async Task<IReadOnlyList<DatasetReturn>> OutstandingAsync(MeasureUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var datasets = plan.Datasets.Where(d => user.IsOfficeStaff || d.Owner == user.OrganisationId).ToList();
        return [.. (await ReturnsAsync(datasets, cancellationToken))
            .Where(r => r.Status != ReturnStatus.Received)
            .OrderByDescending(r => r.DueOn).ThenBy(r => r.Dataset.Name, StringComparer.Ordinal)];
    }

    /// Queues a reminder for each outstanding return whose reminder day has come and whose due day has not passed, and
    /// an overdue notice for each that fell due in the last OverdueNoticeWindowDays; each at most once, ever.
    public async Task<ReturnNoticeRun> SendNoticesAsync(CancellationToken cancellationToken)
    {
        var today = Today;
        var sent = (await db.ReturnNotices.AsNoTracking().Select(n => new { n.DatasetId, n.Period, n.Kind }).ToListAsync(cancellationToken))
            .Select(n => (n.DatasetId, n.Period, n.Kind)).ToHashSet();
        int reminders = 0, overdue = 0;
        foreach (var r in await ReturnsAsync(plan.Datasets, cancellationToken))
        {
            ReturnNoticeKind? kind = r.Status switch
            {
                ReturnStatus.Due when today >= r.RemindOn => ReturnNoticeKind.Reminder,
                ReturnStatus.Overdue when today.DayNumber - r.DueOn.DayNumber <= OverdueNoticeWindowDays => ReturnNoticeKind.Overdue,
                _ => null,
            };
            if (kind is not { } k || sent.Contains((r.Dataset.Id, r.Period.Text, k)))
            {
                continue;
            }

            if (await QueueAsync(r, k, cancellationToken))
            {
                _ = k == ReturnNoticeKind.Reminder ? reminders++ : overdue++;
            }
        }

        return new ReturnNoticeRun(reminders, overdue);
    }

    private async Task<bool> QueueAsync(DatasetReturn r, ReturnNoticeKind kind, CancellationToken cancellationToken)
    {
        var recipients = await RecipientsAsync(r.Dataset, cancellationToken);
        var (subject, body) = Message(r, kind);
        foreach (var to in recipients)
        {
            email.Send(to, subject, body);
        }

        db.ReturnNotices.Add(new ReturnNotice
        {
            DatasetId = r.Dataset.Id,
            Period = r.Period.Text,
            Kind = kind,
            Recipients = recipients.Count,
            SentAt = clock.GetUtcNow(),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another run queued it first (the unique key): drop this run's copy, mail and all.
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// The owning organisation's partner users; where it has none (the office's own datasets, national bodies that
    /// publish rather than send) the office's analysts, who fetch the data themselves.
    private async Task<IReadOnlyList<string>> RecipientsAsync(Dataset dataset, CancellationToken cancellationToken)
    {
        var partners = await UsersAsync(Roles.PartnerUser, dataset.Owner, cancellationToken);
        if (partners.Count > 0)
        {
            return partners;
        }

        var office = plan.Organisations.First(o => o.Kind == OrganisationKind.Office).Id;
        return await UsersAsync(Roles.Analyst, office, cancellationToken);
    }

    private async Task<List<string>> UsersAsync(string role, string organisationId, CancellationToken cancellationToken) =>
        await (from u in db.Users
               join ur in db.UserRoles on u.Id equals ur.UserId
               join ro in db.Roles on ur.RoleId equals ro.Id
               where ro.Name == role && u.OrganisationId == organisationId && u.Email != null
               orderby u.Email
               select u.Email!).ToListAsync(cancellationToken);

    private (string Subject, string Body) Message(DatasetReturn r, ReturnNoticeKind kind)
    {
        var due = r.DueOn.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        var missing = string.Join("\n", r.Missing.Select(id => "- " + (plan.FindMeasure(id)?.Name ?? id)));
        return kind == ReturnNoticeKind.Reminder
            ? ($"Reminder: {r.Dataset.Name} for {r.Period.Text} is due on {due}",
                $"The {r.Dataset.Name} return for {r.Period.Text} is due on {due} ({r.Dataset.Return.Due}).\n\nValues not yet received:\n{missing}\n\nSend them at /data.")
            : ($"Overdue: {r.Dataset.Name} for {r.Period.Text} was due on {due}",
                $"The {r.Dataset.Name} return for {r.Period.Text} was due on {due} and has not all arrived.\n\nValues not yet received:\n{missing}\n\nSend them at /data.");
    }

    private async Task<IReadOnlyList<DatasetReturn>> ReturnsAsync(IReadOnlyList<Dataset> datasets, CancellationToken cancellationToken)
    {
        var from = plan.Period.Start;
        var today = Today;
        // One query: which measure has any current value, in any area, for which period.
        var received = (await db.Observations.AsNoTracking()
                .Where(o => o.IsCurrent && o.PeriodStart >= from.AddYears(-1))
                .Select(o => new { o.MeasureId, o.PeriodStart })
                .Distinct()
                .ToListAsync(cancellationToken))
            .Select(o => (o.MeasureId, o.PeriodStart)).ToHashSet();
        return [.. datasets.SelectMany(d => ReturnCalendar.Returns(plan, d, from, today, (m, start) => received.Contains((m, start))))];
    }
}

public sealed record ReturnNoticeRun(int Reminders, int Overdue);
