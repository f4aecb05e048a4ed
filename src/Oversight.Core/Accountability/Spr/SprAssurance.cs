using Microsoft.EntityFrameworkCore;
using Oversight.Core.Accountability.Actions;
using Oversight.Core.Accountability.Meetings;
using Oversight.Core.Data;
using Oversight.Domain.Performance.Periods;

namespace Oversight.Core.Accountability.Spr;

/// One threat with its updates, newest first.
public sealed record ThreatAssurance(SprThreat Threat, IReadOnlyList<SprUpdate> Updates)
{
    public SprUpdate? Latest => Updates.Count > 0 ? Updates[0] : null;
}

/// A new assurance update as typed on the form; the date is read by the page.
public sealed record SprUpdateDetails(DateOnly Date, string? Assurance, string? Summary, string? Author, Guid? MeetingId, Guid? ActionId);

/// The Strategic Policing Requirement: assurance updates on the seven national threats.
public sealed class SprAssurance(OversightDbContext db)
{
    public async Task<IReadOnlyList<ThreatAssurance>> AllAsync(CancellationToken cancellationToken)
    {
        var updates = await db.SprUpdates.AsNoTracking().OrderByDescending(u => u.Date).ToListAsync(cancellationToken);
        return [.. SprThreat.All.Select(t => new ThreatAssurance(t, [.. updates.Where(u => u.ThreatId == t.Id)]))];
    }

    /// The updates given in a financial year, for the annual report's SPR section.
    public async Task<IReadOnlyList<ThreatAssurance>> InYearAsync(string financialYear, CancellationToken cancellationToken)
    {
        var year = ReportingPeriodParser.FinancialYear(financialYear) ?? throw new ArgumentException($"\"{financialYear}\" is not a financial year like 2024-25", nameof(financialYear));
        return [.. (await AllAsync(cancellationToken)).Select(t => t with { Updates = [.. t.Updates.Where(u => u.Date >= year.Start && u.Date <= year.End)] })];
    }

    public async Task<Saved> AddAsync(string threatId, SprUpdateDetails details, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(details);
        var checks = new Checks();
        if (SprThreat.Find(threatId) is null)
        {
            checks.Add("Summary", "The threat does not exist");
        }

        if (!Enum.TryParse<AssuranceLevel>(details.Assurance, out var level) || !Enum.IsDefined(level) || int.TryParse(details.Assurance, out _))
        {
            checks.Add("Assurance", "Select the level of assurance");
        }

        var summary = checks.Required("Summary", details.Summary, "a summary", Meeting.TextLength);
        var author = checks.Required("Author", details.Author, "the author", MeetingAction.NameLength);
        if (details.MeetingId is { } meetingId && !await db.Meetings.AnyAsync(m => m.Id == meetingId, cancellationToken))
        {
            checks.Add("MeetingId", "Select a meeting from the list");
        }

        if (details.ActionId is { } actionId && !await db.MeetingActions.AnyAsync(a => a.Id == actionId, cancellationToken))
        {
            checks.Add("ActionId", "Select an action from the list");
        }

        if (checks.Errors.Count > 0)
        {
            return Saved.Invalid(checks.Errors);
        }

        var update = new SprUpdate
        {
            ThreatId = threatId,
            Date = details.Date,
            Assurance = level,
            Summary = summary!,
            Author = author!,
            MeetingId = details.MeetingId,
            ActionId = details.ActionId,
        };
        db.Add(update);
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(update.Id);
    }

    public Task<List<SprUpdate>> ForMeetingAsync(Guid meetingId, CancellationToken cancellationToken) =>
        db.SprUpdates.AsNoTracking().Where(u => u.MeetingId == meetingId).OrderBy(u => u.ThreatId).ToListAsync(cancellationToken);
}
