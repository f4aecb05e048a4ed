using Microsoft.EntityFrameworkCore;
using Oversight.Core.Audit;
using Oversight.Core.Data;
using Oversight.Domain;
using Oversight.Domain.Justice;

namespace Oversight.Core.Justice;

/// Immediate Justice referrals and community conferences.
public sealed class Referrals(OversightDbContext db, IAuditActor actor, TimeProvider clock)
{
    public static readonly IReadOnlyList<string> Districts = ["Bradford", "Calderdale", "Kirklees", "Leeds", "Wakefield"];

    public static readonly IReadOnlyList<string> OffenceTypes =
        ["Anti-social behaviour", "Criminal damage", "Public order", "Drunk and disorderly", "Shop theft", "Possession of cannabis", "Harassment"];

    public static string AgeBand(int age) => age switch
    {
        < 15 => "12-14",
        < 18 => "15-17",
        < 25 => "18-24",
        < 35 => "25-34",
        < 50 => "35-49",
        _ => "50+",
    };

    /// Records a referral with its hours set by the rule: 7 after a Community Resolution or Outcome 22, 14 after a
    /// Conditional Caution, none fixed for children (their reparation goes through the district's Youth Justice Service).
    public async Task<Saved> RecordAsync(ReferralDetails details, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(details);
        var errors = Check(details);
        if (errors.Count > 0)
        {
            return Saved.Invalid(errors);
        }

        var child = details.Age < 18;
        var referral = new JusticeReferral
        {
            Cohort = child ? Cohort.Child : Cohort.Adult,
            OffenceType = details.OffenceType!,
            District = details.District!,
            Sex = details.Sex,
            AgeBand = AgeBand(details.Age),
            Disposal = details.Disposal,
            UnpaidWork = child || details.UnpaidWork,
            AsbAwarenessCourse = !child && details.AsbAwarenessCourse,
            DeliveredBy = child ? $"{details.District} Youth Justice Service" : "Probation Service",
            HoursRequired = details.UnpaidWork || child ? ImmediateJustice.HoursRequired(details.Disposal, details.Age) : null,
            HoursCompleted = details.HoursCompleted,
            DisposedAt = details.DisposedAt.ToUniversalTime(),
            StartedAt = details.StartedAt?.ToUniversalTime(),
            VictimConsulted = details.VictimConsulted,
            RestorativeJusticeOffered = details.RestorativeJusticeOffered,
            Outcome = details.Outcome,
        };
        db.JusticeReferrals.Add(referral);
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(referral.Id);
    }

    public static List<FieldError> Check(ReferralDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var errors = new List<FieldError>();
        if (details.Age is < 12 or > 120)
        {
            errors.Add(new("Age", details.Age < 12 ? "Age must be 12 or over" : "Age must be 120 or under"));
        }

        if (details.OffenceType is null || !OffenceTypes.Contains(details.OffenceType))
        {
            errors.Add(new("OffenceType", "Select the offence type"));
        }

        if (details.District is null || !Districts.Contains(details.District))
        {
            errors.Add(new("District", "Select the district"));
        }

        if (details.Age >= 18 && !details.UnpaidWork && !details.AsbAwarenessCourse)
        {
            errors.Add(new("UnpaidWork", "Select unpaid work, the ASB Awareness Course or both"));
        }

        errors.AddRange(CheckProgress(details.DisposedAt, new(details.StartedAt, details.HoursCompleted, details.Outcome)));
        return errors;
    }

    public static List<FieldError> CheckProgress(DateTimeOffset disposedAt, ReferralProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var errors = new List<FieldError>();
        if (progress.StartedAt < disposedAt)
        {
            errors.Add(new("StartedAt", "Start date must be the same as or after the disposal date"));
        }
        else if (progress.StartedAt is null && progress.Outcome == ReferralOutcome.Completed)
        {
            errors.Add(new("StartedAt", "Enter the date the work started"));
        }

        if (progress.HoursCompleted is < 0 or > 100)
        {
            errors.Add(new("HoursCompleted", "Hours completed must be between 0 and 100"));
        }

        return errors;
    }

    /// One referral for its details page; reading it is audited like the other justice records.
    public async Task<JusticeReferral?> OpenAsync(Guid id, CancellationToken cancellationToken)
    {
        var referral = await db.JusticeReferrals.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (referral is not null)
        {
            AuditTrail.RecordView(db, actor, clock, nameof(JusticeReferral), id.ToString());
            await db.SaveChangesAsync(cancellationToken);
        }

        return referral;
    }

    /// Records the start, hours and outcome as Probation or the Youth Justice Service report them; SaveChanges
    /// audits the change.
    public async Task<Saved> UpdateAsync(Guid id, ReferralProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var referral = await db.JusticeReferrals.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (referral is null)
        {
            return Saved.Missing;
        }

        var errors = CheckProgress(referral.DisposedAt, progress);
        if (errors.Count > 0)
        {
            return Saved.Invalid(errors);
        }

        referral.StartedAt = progress.StartedAt?.ToUniversalTime();
        referral.HoursCompleted = progress.HoursCompleted;
        referral.Outcome = progress.Outcome;
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(id);
    }

    public Task<List<JusticeReferral>> ListAsync(int firstYear, CancellationToken cancellationToken)
    {
        var (from, to) = FinancialYear.Instants(firstYear);
        return db.JusticeReferrals.AsNoTracking().Where(r => r.DisposedAt >= from && r.DisposedAt < to)
            .OrderByDescending(r => r.DisposedAt).Take(200).ToListAsync(cancellationToken);
    }

    public async Task<Saved> RecordConferenceAsync(
        string? district, DateOnly heldOn, string? participants, string? agreedReparation, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (district is null || !Districts.Contains(district))
        {
            errors.Add(new("District", "Select the district"));
        }

        if (string.IsNullOrWhiteSpace(participants) || participants.Trim().Length > 2000)
        {
            errors.Add(new("Participants", "Enter who took part (roles, not names), in 2,000 characters or fewer"));
        }

        if (string.IsNullOrWhiteSpace(agreedReparation) || agreedReparation.Trim().Length > 2000)
        {
            errors.Add(new("AgreedReparation", "Enter the reparation agreed, in 2,000 characters or fewer"));
        }

        if (errors.Count > 0)
        {
            return Saved.Invalid(errors);
        }

        var conference = new CommunityConference { District = district!, HeldOn = heldOn, Participants = participants!.Trim(), AgreedReparation = agreedReparation!.Trim() };
        db.CommunityConferences.Add(conference);
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(conference.Id);
    }
}
