using Microsoft.EntityFrameworkCore;
using Oversight.Core.Accounts;
using Oversight.Core.Audit;
using Oversight.Core.Data;
using Oversight.Core.Funding.Applications;
using Oversight.Domain;
using Oversight.Domain.Funding;

namespace Oversight.Core.Funding.Assessment;

public sealed record MarkInput(string CriterionCode, string? Score, string? Comment);

public sealed record PanelLine(FundingApplication Application, decimal? Score, int Assessed, int Conflicts, decimal RemainingIfFunded);

public enum DecisionKind
{
    Approve,
    ApproveReduced,
    Reject,
}

/// The office's side: assessors, conflicts, marks, moderation, the panel and the decision.
public sealed class Assessments(OversightDbContext db, Grants.GrantAwards awards, DecisionEvidence evidence, IAuditActor actor, TimeProvider clock)
{
    public Task<FundingApplication?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.FundingApplications
            .Include(a => a.Round!).ThenInclude(r => r.Strands)
            .Include(a => a.Round!).ThenInclude(r => r.Options)
            .Include(a => a.Round!).ThenInclude(r => r.Criteria)
            .Include(a => a.ApplicantOrganisation)
            .Include(a => a.BudgetLines).Include(a => a.Outcomes)
            .AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Id == id, cancellationToken);

    public Task<List<AssessorAssignment>> AssignmentsAsync(Guid applicationId, CancellationToken cancellationToken) =>
        db.AssessorAssignments.Include(a => a.Marks).Where(a => a.ApplicationId == applicationId).OrderBy(a => a.AssessorName).ToListAsync(cancellationToken);

    /// People who may assess: the office's grants officers and leadership.
    public async Task<List<User>> AssessorsAsync(CancellationToken cancellationToken)
    {
        var roleIds = await db.Roles.Where(r => r.Name == Roles.GrantsOfficer || r.Name == Roles.Leadership).Select(r => r.Id).ToListAsync(cancellationToken);
        var userIds = db.UserRoles.Where(ur => roleIds.Contains(ur.RoleId)).Select(ur => ur.UserId);
        return await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).OrderBy(u => u.DisplayName).ToListAsync(cancellationToken);
    }

    public async Task<Saved> AssignAsync(Guid applicationId, string? assessorUserId, CancellationToken cancellationToken)
    {
        var assessor = (await AssessorsAsync(cancellationToken)).FirstOrDefault(u => u.Id == assessorUserId);
        if (assessor is null)
        {
            return Saved.Invalid("AssessorId", "Select an assessor");
        }

        if (await db.AssessorAssignments.AnyAsync(a => a.ApplicationId == applicationId && a.AssessorUserId == assessor.Id, cancellationToken))
        {
            return Saved.Invalid("AssessorId", $"{assessor.DisplayName} is already assessing this application");
        }

        db.AssessorAssignments.Add(new AssessorAssignment { ApplicationId = applicationId, AssessorUserId = assessor.Id, AssessorName = assessor.DisplayName });
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(applicationId);
    }

    public Task<AssessorAssignment?> AssignmentAsync(Guid applicationId, string userId, CancellationToken cancellationToken) =>
        db.AssessorAssignments.Include(a => a.Marks).SingleOrDefaultAsync(a => a.ApplicationId == applicationId && a.AssessorUserId == userId, cancellationToken);

    /// An assessor says whether they have a conflict before seeing the bid; the declaration is kept either way.
    public async Task<Saved> DeclareAsync(Guid applicationId, string userId, bool? hasConflict, string? details, CancellationToken cancellationToken)
    {
        var assignment = await AssignmentAsync(applicationId, userId, cancellationToken);
        if (assignment is null)
        {
            return Saved.Invalid("HasConflict", "You have not been asked to assess this application");
        }

        if (assignment.HasConflict is not null)
        {
            return Saved.Invalid("HasConflict", "You have already declared your interests for this application");
        }

        if (hasConflict is null)
        {
            return Saved.Invalid("HasConflict", "Select yes if you have a conflict of interest");
        }

        if (hasConflict.Value && string.IsNullOrWhiteSpace(details))
        {
            return Saved.Invalid("ConflictDetails", "Enter the nature of your conflict of interest");
        }

        assignment.HasConflict = hasConflict;
        assignment.ConflictDetails = hasConflict.Value ? details!.Trim() : null;
        assignment.DeclaredAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(applicationId);
    }

    /// Records that someone opened the bid: an assessor who declared no conflict, or office staff.
    public async Task RecordViewAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        AuditTrail.RecordView(db, actor, clock, nameof(FundingApplication), applicationId.ToString());
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<FieldError>> ScoreAsync(Guid applicationId, string userId, IReadOnlyList<MarkInput> marks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(marks);
        var assignment = await AssignmentAsync(applicationId, userId, cancellationToken);
        var application = await FindAsync(applicationId, cancellationToken);
        if (assignment is null || application is null)
        {
            return [new("Score", "You have not been asked to assess this application")];
        }

        if (assignment.HasConflict is null)
        {
            return [new("HasConflict", "Declare any conflict of interest before you score")];
        }

        if (assignment.HasConflict.Value)
        {
            return [new("Score", "You declared a conflict of interest, so you cannot score this application")];
        }

        if (application.Status != ApplicationStatus.Submitted)
        {
            return [new("Score", "Only submitted applications can be scored")];
        }

        var criteria = application.Round!.ToConfiguration().Criteria;
        var parsed = new List<CriterionScore>();
        var errors = new List<FieldError>();
        foreach (var mark in marks)
        {
            if (int.TryParse(mark.Score, System.Globalization.CultureInfo.InvariantCulture, out var value))
            {
                parsed.Add(new(mark.CriterionCode, value));
            }
        }

        errors.AddRange(WeightedScore.Validate(criteria, parsed).Select(e => new FieldError("Score-" + e.Field, e.Message)));
        if (errors.Count > 0)
        {
            return errors;
        }

        db.AssessmentMarks.RemoveRange(assignment.Marks);
        db.AssessmentMarks.AddRange(criteria.Select(c => new AssessmentMark
        {
            AssignmentId = assignment.Id,
            CriterionCode = c.Code,
            Score = parsed.First(p => p.CriterionCode == c.Code).Score,
            Comment = marks.FirstOrDefault(m => m.CriterionCode == c.Code)?.Comment?.Trim(),
        }));
        assignment.Score = WeightedScore.Calculate(criteria, parsed);
        assignment.ScoredAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    public async Task<Saved> ModerateAsync(Guid applicationId, string? score, string? note, CancellationToken cancellationToken)
    {
        var application = await db.FundingApplications.SingleOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        if (application is null)
        {
            return Saved.Invalid("ModeratedScore", "There is no such application");
        }

        if (!decimal.TryParse(score, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var value) || value > 100)
        {
            return Saved.Invalid("ModeratedScore", "Enter a moderated score from 0 to 100");
        }

        if (string.IsNullOrWhiteSpace(note))
        {
            return Saved.Invalid("ModerationNote", "Enter why the score was moderated");
        }

        application.ModeratedScore = value;
        application.ModerationNote = note.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(applicationId);
    }

    /// What is left of the round's pot after the awards made so far.
    public async Task<decimal> UnawardedAsync(Guid roundId, CancellationToken cancellationToken)
    {
        var pot = await db.FundingRounds.Where(r => r.Id == roundId).Select(r => r.Pot).SingleAsync(cancellationToken);
        var awarded = await db.FundingApplications.Where(a => a.RoundId == roundId && a.AwardedAmount != null).Select(a => a.AwardedAmount!.Value).ToListAsync(cancellationToken);
        return pot - awarded.Sum();
    }

    /// Submitted and decided bids in a round, best score first, with what would be left of the pot if funded in turn.
    public async Task<List<PanelLine>> PanelAsync(Guid roundId, CancellationToken cancellationToken)
    {
        var round = await db.FundingRounds.AsNoTracking().SingleAsync(r => r.Id == roundId, cancellationToken);
        var applications = await db.FundingApplications.AsNoTracking().Include(a => a.ApplicantOrganisation)
            .Where(a => a.RoundId == roundId && a.Status != ApplicationStatus.Draft && a.Status != ApplicationStatus.Withdrawn)
            .ToListAsync(cancellationToken);
        var ids = applications.Select(a => a.Id).ToList();
        var assignments = await db.AssessorAssignments.AsNoTracking().Where(a => ids.Contains(a.ApplicationId)).ToListAsync(cancellationToken);
        var remaining = round.Pot - applications.Where(a => a.IsAwarded).Sum(a => a.AwardedAmount ?? 0);
        var lines = new List<PanelLine>();
        foreach (var application in applications
            .Select(a => (Application: a, Score: WeightedScore.Ranking(assignments.Where(s => s.ApplicationId == a.Id && s.Score is not null).Select(s => s.Score!.Value).ToList(), a.ModeratedScore)))
            .OrderByDescending(x => x.Score ?? -1).ThenBy(x => x.Application.Reference, StringComparer.Ordinal))
        {
            if (application.Application.Status == ApplicationStatus.Submitted)
            {
                remaining -= application.Application.Amount;
            }

            var mine = assignments.Where(s => s.ApplicationId == application.Application.Id).ToList();
            lines.Add(new(application.Application, application.Score, mine.Count(s => s.Score is not null), mine.Count(s => s.HasConflict == true), remaining));
        }

        return lines;
    }

    /// The panel's written recommendation to the decider, kept with the bid and shown on its decision notice.
    public async Task<Saved> RecommendAsync(Guid applicationId, string? recommendation, CancellationToken cancellationToken)
    {
        var application = await db.FundingApplications.SingleOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        if (application is null || application.Status != ApplicationStatus.Submitted)
        {
            return Saved.Invalid("PanelRecommendation", "Only a submitted application can be recommended");
        }

        if (string.IsNullOrWhiteSpace(recommendation))
        {
            return Saved.Invalid("PanelRecommendation", "Enter the panel's recommendation");
        }

        application.PanelRecommendation = recommendation.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(applicationId);
    }

    /// Records the decision once the scheme of delegation's preconditions hold; otherwise refuses and changes nothing.
    public async Task<IReadOnlyList<FieldError>> DecideAsync(Guid applicationId, DecisionKind? decision, string? reducedAmount, string? reasons, bool confirmed, string deciderId, string decidedBy, CancellationToken cancellationToken)
    {
        var application = await FindAsync(applicationId, cancellationToken);
        if (application is null || application.Status != ApplicationStatus.Submitted)
        {
            return [new("Decision", "Only a submitted application can be decided")];
        }

        var errors = new List<FieldError>();
        if (decision is null)
        {
            errors.Add(new("Decision", "Select a decision"));
        }

        if (string.IsNullOrWhiteSpace(reasons))
        {
            errors.Add(new("Reasons", "Enter the reasons for the decision"));
        }

        var amount = application.Amount;
        if (decision == DecisionKind.ApproveReduced
            && (!decimal.TryParse(reducedAmount, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out amount) || amount <= 0 || amount >= application.Amount))
        {
            errors.Add(new("ReducedAmount", $"Enter a reduced amount more than £0 and less than {EligibilityCheck.Money(application.Amount)}"));
        }

        var type = decision == DecisionKind.ApproveReduced ? Domain.Decisions.DecisionType.ReducedAward : Domain.Decisions.DecisionType.GrantAward;
        errors.InsertRange(0, (await evidence.RefusalsAsync(application, deciderId, type, amount, cancellationToken)).Select(r => new FieldError("Decision", r)));
        if (errors.Count == 0 && !confirmed)
        {
            errors.Add(new("Confirm", "Confirm that you have read the bid, its scores and the panel's recommendation"));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        application.Status = decision switch
        {
            DecisionKind.Approve => ApplicationStatus.Approved,
            DecisionKind.ApproveReduced => ApplicationStatus.ApprovedReduced,
            _ => ApplicationStatus.Rejected,
        };
        application.AwardedAmount = application.IsAwarded ? amount : null;
        application.DecisionReasons = reasons!.Trim();
        application.DecidedOn = UkTime.Today(clock);
        application.DecidedBy = decidedBy;
        if (application.IsAwarded)
        {
            await awards.AwardAsync(application, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return [];
    }
}
