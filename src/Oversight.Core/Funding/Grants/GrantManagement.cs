using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;
using Oversight.Core.Decisions;
using Oversight.Core.Funding.Applicants;
using Oversight.Domain;
using Oversight.Domain.Decisions;
using Oversight.Domain.Funding;

namespace Oversight.Core.Funding.Grants;

public sealed record ReturnInput(string? Progress, string? Spend, string? PeopleReached, string? Characteristics, string? OutcomesAchieved);

public sealed record OverdueReturn(Guid GrantId, string Reference, string Organisation, DateOnly DueOn, int DaysLate);

/// After the award: acceptance, payments, variations, monitoring, evaluation, case studies and clawback. Releasing a
/// payment, varying the grant and clawing money back are decisions the scheme of delegation assigns (Deciders).
public sealed class GrantManagement(OversightDbContext db, ApplicantProfiles profiles, Deciders deciders, TimeProvider clock)
{
    private DateOnly Today => UkTime.Today(clock);

    public Task<Grant?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Grants.Include(g => g.Application!).ThenInclude(a => a.ApplicantOrganisation)
            .Include(g => g.Application!).ThenInclude(a => a.Outcomes)
            .Include(g => g.Application!).ThenInclude(a => a.Round)
            .Include(g => g.Tranches).Include(g => g.Returns).Include(g => g.CaseStudies)
            .AsSplitQuery()
            .SingleOrDefaultAsync(g => g.Id == id, cancellationToken);

    /// The grant if it belongs to the applicant's organisation, else null.
    public async Task<Grant?> FindForApplicantAsync(string userId, Guid id, CancellationToken cancellationToken)
    {
        var organisation = await profiles.OrganisationIdAsync(userId, cancellationToken);
        var grant = await FindAsync(id, cancellationToken);
        return grant?.Application!.ApplicantOrganisationId == organisation ? grant : null;
    }

    public Task<Guid> GrantIdForApplicationAsync(Guid applicationId, CancellationToken cancellationToken) =>
        db.Grants.Where(g => g.ApplicationId == applicationId).Select(g => g.Id).SingleOrDefaultAsync(cancellationToken);

    public async Task<bool> AcceptAsync(string userId, string name, Guid id, CancellationToken cancellationToken)
    {
        var grant = await FindForApplicantAsync(userId, id, cancellationToken);
        if (grant is null || grant.AcceptedAt is not null)
        {
            return false;
        }

        grant.AcceptedAt = clock.GetUtcNow();
        grant.AcceptedBy = name;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<Saved> SignOffAsync(Guid id, int number, string by, CancellationToken cancellationToken)
    {
        var tranche = await db.PaymentTranches.SingleOrDefaultAsync(t => t.GrantId == id && t.Number == number, cancellationToken);
        if (tranche?.Milestone is null || tranche.MilestoneSignedOffAt is not null)
        {
            return Saved.Invalid("Tranche", "There is no milestone waiting to be signed off");
        }

        tranche.MilestoneSignedOffAt = clock.GetUtcNow();
        tranche.MilestoneSignedOffBy = by;
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(tranche.Id);
    }

    /// Pays a tranche, or says why it is blocked (its milestone, an earlier tranche, or who may release that amount).
    public async Task<Saved> ReleaseAsync(Guid id, int number, string deciderId, CancellationToken cancellationToken)
    {
        var grant = await FindAsync(id, cancellationToken);
        var tranche = grant?.Tranches.SingleOrDefault(t => t.Number == number);
        if (grant is null || tranche is null)
        {
            return Saved.Invalid("Tranche", "There is no such tranche");
        }

        if (await deciders.RefusalAsync(DecisionType.TrancheRelease, tranche.Amount, deciderId, cancellationToken) is { } refusal)
        {
            return Saved.Invalid("Tranche", refusal);
        }

        var blocker = TrancheRelease.Blocker(tranche.ToTranche(), grant.Tranches.Select(t => t.ToTranche()).ToList(), grant.AcceptedAt is not null);
        if (blocker is not null)
        {
            return Saved.Invalid("Tranche", blocker);
        }

        tranche.ReleasedOn = Today;
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(tranche.Id);
    }

    public async Task<IReadOnlyList<FieldError>> SubmitReturnAsync(string userId, Guid id, Guid returnId, ReturnInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var grant = await FindForApplicantAsync(userId, id, cancellationToken);
        var due = grant?.Returns.SingleOrDefault(r => r.Id == returnId);
        if (due is null || due.SubmittedAt is not null)
        {
            return [new("Progress", "This return has already been sent")];
        }

        // Monitoring runs under the grant agreement; the page hides the form until then, and so must the rule.
        if (grant!.AcceptedAt is null)
        {
            return [new("Progress", "Accept the grant agreement before sending a monitoring return")];
        }

        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(input.Progress))
        {
            errors.Add(new("Progress", "Enter the progress the project has made"));
        }

        if (!decimal.TryParse(input.Spend, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var spend))
        {
            errors.Add(new("Spend", "Enter the money spent so far, like 4500 or 4500.50"));
        }

        if (!int.TryParse(input.PeopleReached, NumberStyles.None, CultureInfo.InvariantCulture, out var people))
        {
            errors.Add(new("PeopleReached", "Enter the number of people reached, like 120"));
        }

        if (PersonalDataCheck.LooksPersonal(input.Progress))
        {
            errors.Add(new("Progress", "Describe progress without names, email addresses or phone numbers"));
        }

        if (PersonalDataCheck.LooksPersonal(input.Characteristics))
        {
            errors.Add(new("Characteristics", "Give totals only, with no names, email addresses or phone numbers"));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        due.Progress = input.Progress!.Trim();
        due.Spend = spend;
        due.PeopleReached = people;
        due.Characteristics = input.Characteristics?.Trim();
        due.OutcomesAchieved = input.OutcomesAchieved?.Trim();
        due.SubmittedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    public async Task<List<OverdueReturn>> OverdueAsync(CancellationToken cancellationToken)
    {
        var today = Today;
        var rows = await db.MonitoringReturns.AsNoTracking()
            .Where(r => r.SubmittedAt == null && r.DueOn < today)
            .Join(db.Grants, r => r.GrantId, g => g.Id, (r, g) => new { r.GrantId, r.DueOn, g.Application!.Reference, Organisation = g.Application.ApplicantOrganisation!.Name })
            .OrderBy(r => r.DueOn).ToListAsync(cancellationToken);
        return rows.Select(r => new OverdueReturn(r.GrantId, r.Reference, r.Organisation, r.DueOn, today.DayNumber - r.DueOn.DayNumber)).ToList();
    }

    public async Task<IReadOnlyList<FieldError>> EvaluateAsync(Guid id, string? delivery, string? evidence, CancellationToken cancellationToken)
    {
        var grant = await FindAsync(id, cancellationToken);
        var errors = new List<FieldError>();
        if (!Enum.TryParse<Delivery>(delivery, out var judged) || !Enum.IsDefined(judged))
        {
            errors.Add(new("Delivery", "Select whether the project delivered its outcomes fully, partly or not"));
        }

        if (string.IsNullOrWhiteSpace(evidence))
        {
            errors.Add(new("Evidence", "Enter the evidence for your judgement"));
        }

        if (grant is null || errors.Count > 0)
        {
            return errors;
        }

        grant.Delivery = judged;
        grant.EvaluationEvidence = evidence!.Trim();
        grant.EvaluatedOn = Today;
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    public async Task<IReadOnlyList<FieldError>> AddCaseStudyAsync(Guid id, string? title, string? story, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(title))
        {
            errors.Add(new("CaseStudyTitle", "Enter a title for the case study"));
        }

        if (string.IsNullOrWhiteSpace(story))
        {
            errors.Add(new("CaseStudyStory", "Enter the story"));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        db.CaseStudies.Add(new CaseStudy { GrantId = id, Title = title!.Trim(), Story = story!.Trim() });
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    /// Changes the grant's amount: the difference comes off (or is added to) the last payment still to be made.
    /// The scheme of delegation decides who may vary a grant to the new amount.
    public async Task<Saved> VaryAsync(Guid id, string? amount, string? reason, string deciderId, CancellationToken cancellationToken)
    {
        var grant = await FindAsync(id, cancellationToken);
        if (grant is null)
        {
            return Saved.Invalid("VariedAmount", "There is no such grant");
        }

        if (!decimal.TryParse(amount?.Trim().TrimStart('£').Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var varied)
            || varied <= 0 || varied == grant.Amount)
        {
            return Saved.Invalid("VariedAmount", $"Enter the grant's new amount in pounds, more than £0 and not {EligibilityCheck.Money(grant.Amount)}");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Saved.Invalid("VariationReason", "Enter the reason for the variation");
        }

        var last = grant.Tranches.Where(t => t.ReleasedOn is null).MaxBy(t => t.Number);
        var difference = varied - grant.Amount;
        if (last is null || last.Amount + difference < 0)
        {
            var unpaid = grant.Tranches.Where(t => t.ReleasedOn is null).Sum(t => t.Amount);
            return Saved.Invalid("VariedAmount", last is null
                ? "Every payment of this grant has been made, so its amount can no longer change; claw back unspent money instead"
                : $"Only {EligibilityCheck.Money(last.Amount)} of the last payment is still to be made, so the grant can come down to {EligibilityCheck.Money(grant.Amount - last.Amount)} at the least ({EligibilityCheck.Money(unpaid)} unpaid in all)");
        }

        if (await deciders.RefusalAsync(DecisionType.GrantVariation, varied, deciderId, cancellationToken) is { } refusal)
        {
            return Saved.Invalid("VariedAmount", refusal);
        }

        (grant.Amount, last.Amount, grant.VariationReason) = (varied, last.Amount + difference, reason.Trim());
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(id);
    }

    /// Claws back what was paid but, by the latest return, not spent; the scheme decides who may claw back that much.
    public async Task<Saved> ClawBackAsync(Guid id, string? reason, string deciderId, CancellationToken cancellationToken)
    {
        var grant = await FindAsync(id, cancellationToken);
        if (grant is null)
        {
            return Saved.Invalid("ClawbackReason", "There is no such grant");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Saved.Invalid("ClawbackReason", "Enter the reason for the clawback");
        }

        var paid = grant.Tranches.Where(t => t.ReleasedOn is not null).Sum(t => t.Amount);
        var spent = grant.Returns.Where(r => r.SubmittedAt is not null).OrderBy(r => r.DueOn).LastOrDefault()?.Spend ?? 0;
        if (await deciders.RefusalAsync(DecisionType.Clawback, Clawback.Unspent(paid, spent), deciderId, cancellationToken) is { } refusal)
        {
            return Saved.Invalid("ClawbackReason", refusal);
        }

        grant.ClawbackAmount = Clawback.Unspent(paid, spent);
        grant.ClawbackReason = reason.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(id);
    }
}
