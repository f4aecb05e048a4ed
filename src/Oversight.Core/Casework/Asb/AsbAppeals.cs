using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oversight.Core.Accountability.Bodies;
using Oversight.Core.Audit;
using Oversight.Core.Casework.Letters;
using Oversight.Core.Data;
using Oversight.Domain;
using Oversight.Domain.Calendar;

namespace Oversight.Core.Casework.Asb;

/// Records partnerships' ASB case reviews, and receives and decides appeals to the office about them.
public sealed class AsbAppeals(OversightDbContext db, IAuditActor actor, TimeProvider clock, IOptions<AsbOptions> options, CaseLetters letters)
{
    public DateOnly Today => UkTime.Today(clock);

    public AsbOptions Options => options.Value;

    public Task<List<AsbCaseReview>> CaseReviewsAsync(int year, CancellationToken cancellationToken)
    {
        var (from, to) = (FinancialYear.Start(year), FinancialYear.End(year));
        return db.AsbCaseReviews.AsNoTracking().Where(r => r.AppliedOn >= from && r.AppliedOn <= to)
            .OrderBy(r => r.Partnership).ThenBy(r => r.AppliedOn).ThenBy(r => r.PartnershipReference).ToListAsync(cancellationToken);
    }

    public async Task<Saved> RecordCaseReviewAsync(CaseReviewEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var errors = AsbRules.Check(entry, Options, Today);
        if (errors.Count > 0)
        {
            return Saved.Invalid(errors);
        }

        var review = new AsbCaseReview
        {
            Partnership = entry.Partnership!,
            PartnershipBodyId = await CommunitySafetyPartnerships.BodyIdAsync(db, entry.Partnership!, cancellationToken),
            PartnershipReference = entry.PartnershipReference!.Trim(),
            AppliedOn = entry.AppliedOn,
            ComplaintsInPeriod = entry.ComplaintsInPeriod!.Value,
            Threshold = Options.ThresholdFor(entry.Partnership!),
            Accepted = entry.Accepted!.Value,
            OutcomeOn = entry.OutcomeOn,
            Outcome = Blank(entry.Outcome),
            ActionPlan = Blank(entry.ActionPlan),
        };
        db.AsbCaseReviews.Add(review);
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(review.Id);
    }

    /// The appeals received in a financial year, newest first; without the free text.
    public Task<List<AsbAppeal>> AppealsAsync(int year, CancellationToken cancellationToken)
    {
        var (from, to) = (FinancialYear.Start(year), FinancialYear.End(year));
        return db.AsbAppeals.AsNoTracking().Include(a => a.Applicant).Where(a => a.ReceivedOn >= from && a.ReceivedOn <= to)
            .OrderByDescending(a => a.ReceivedOn).ThenBy(a => a.Reference).ToListAsync(cancellationToken);
    }

    /// The financial years with case reviews or appeals, latest first, always including this one.
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken)
    {
        var firstReview = await db.AsbCaseReviews.MinAsync(r => (DateOnly?)r.AppliedOn, cancellationToken);
        var firstAppeal = await db.AsbAppeals.MinAsync(a => (DateOnly?)a.ReceivedOn, cancellationToken);
        var last = FinancialYear.StartYearOf(Today);
        var first = new[] { firstReview, firstAppeal }.Where(d => d is not null).Select(d => FinancialYear.StartYearOf(d!.Value)).DefaultIfEmpty(last).Min();
        return Enumerable.Range(first, Math.Max(0, last - first) + 1).Reverse().ToList();
    }

    /// The case file; reading it is recorded in the audit trail, since it is personal data.
    public async Task<AsbAppeal?> OpenAsync(Guid id, CancellationToken cancellationToken)
    {
        var appeal = await FindAsync(id, cancellationToken);
        if (appeal is not null)
        {
            AuditTrail.RecordView(db, actor, clock, nameof(AsbAppeal), id.ToString());
            await db.SaveChangesAsync(cancellationToken);
        }

        return appeal;
    }

    public Task<AsbAppeal?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.AsbAppeals.Include(a => a.Applicant).Include(a => a.CaseReview).Include(a => a.Recommendations).Include(a => a.Letters)
            .AsSplitQuery().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);

    /// The partnership's case reviews an appeal could be about: those applied for in the year before the appeal.
    public Task<List<AsbCaseReview>> CandidatesAsync(AsbAppeal appeal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(appeal);
        var from = appeal.ReceivedOn.AddYears(-1);
        return db.AsbCaseReviews.AsNoTracking().Where(r => r.Partnership == appeal.Partnership && r.AppliedOn >= from && r.AppliedOn <= appeal.ReceivedOn)
            .OrderByDescending(r => r.AppliedOn).ToListAsync(cancellationToken);
    }

    /// Records an appeal and answers with its reference, or the problems to fix.
    public async Task<(AsbAppeal? Appeal, IReadOnlyList<FieldError> Errors)> ApplyAsync(AppealApplication application, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(application);
        var errors = AsbRules.Check(application, Options, Today);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var appeal = new AsbAppeal
        {
            Reference = CaseReference.New("ASB", application.ReceivedOn),
            ReceivedOn = application.ReceivedOn,
            Channel = application.Channel,
            Applicant = new CasePerson { Name = application.Name!.Trim(), Email = Blank(application.Email), Phone = Blank(application.Phone) },
            Partnership = application.Partnership!,
            PartnershipBodyId = await CommunitySafetyPartnerships.BodyIdAsync(db, application.Partnership!, cancellationToken),
            District = Blank(application.District) ?? application.Partnership,
            OutcomeGivenOn = application.OutcomeGivenOn!.Value,
            Reasons = Blank(application.Reasons),
            AppealDays = Options.AppealDays,
            DueOn = WorkingDays.Add(application.ReceivedOn, Options.DecisionWorkingDays),
        };
        db.AsbAppeals.Add(appeal);
        await db.SaveChangesAsync(cancellationToken);
        return (appeal, []);
    }

    public async Task<Saved> AssessAsync(Guid id, AppealAssessment assessment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var appeal = await db.AsbAppeals.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (appeal is null)
        {
            return Saved.Missing;
        }

        var errors = AsbRules.Check(assessment, appeal, Today).ToList();
        if (assessment.CaseReviewId is { } caseReviewId && !await db.AsbCaseReviews.AnyAsync(r => r.Id == caseReviewId && r.Partnership == appeal.Partnership, cancellationToken))
        {
            errors.Add(new FieldError("CaseReviewId", "Select one of the partnership's case reviews"));
        }

        if (errors.Count > 0)
        {
            return Saved.Invalid(errors);
        }

        appeal.Eligible = assessment.Eligible;
        appeal.ExtendedTo = assessment.ExtendedTo;
        appeal.ExtensionReason = assessment.ExtendedTo is null ? null : Blank(assessment.ExtensionReason);
        appeal.CaseReviewId = assessment.CaseReviewId;
        appeal.InformationRequestedOn = assessment.InformationRequestedOn;
        appeal.InformationReceivedOn = assessment.InformationReceivedOn;
        appeal.PanelOn = assessment.PanelOn;
        appeal.PanelMembers = Blank(assessment.PanelMembers);
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(id);
    }

    /// Records the decision, with the signed-in officer as the one who made it.
    public async Task<Saved> DecideAsync(Guid id, AppealOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var appeal = await db.AsbAppeals.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (appeal is null)
        {
            return Saved.Missing;
        }

        var errors = AsbRules.Check(outcome, appeal, Today);
        if (errors.Count > 0)
        {
            return Saved.Invalid(errors);
        }

        appeal.Decision = outcome.Decision;
        appeal.Rationale = outcome.Rationale!.Trim();
        appeal.DecidedOn = outcome.DecidedOn;
        appeal.DecidedBy = await letters.SignedInNameAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(id);
    }

    /// Writes the decision letter from its current template, signed by whoever decided, and keeps it on the file;
    /// the id is the letter's. A refusal names the field "letters", the page's list of letters.
    public async Task<Saved> WriteDecisionLetterAsync(Guid id, CancellationToken cancellationToken)
    {
        var appeal = await FindAsync(id, cancellationToken);
        if (appeal is null)
        {
            return Saved.Missing;
        }

        if (appeal.Decision is null)
        {
            return Saved.Invalid("letters", "Record the decision before writing the decision letter");
        }

        var letter = await letters.WriteAsync(LetterKind.AsbDecision, appeal.Applicant, appeal.Reference, t => LetterWriter.Write(t, appeal, Today),
            l => l.AsbAppealId = id, appeal.DecidedBy, "Deciding officer", cancellationToken);
        return Saved.Done(letter.Id);
    }

    /// The day a response to a recommendation made on a day is due by default.
    public DateOnly ResponseDueFrom(DateOnly made) => WorkingDays.Add(made, Options.ResponseWorkingDays);

    public async Task<Saved> AddRecommendationAsync(Guid id, string? text, DateOnly? dueOn, CancellationToken cancellationToken)
    {
        var appeal = await db.AsbAppeals.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (appeal is null)
        {
            return Saved.Missing;
        }

        var errors = new List<FieldError>();
        if (appeal.Decision != AsbAppealDecision.Recommendations)
        {
            errors.Add(new("Text", "Decide to make recommendations before adding one"));
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new("Text", "Enter the recommendation"));
        }
        else if (text.Length > AsbCaseReview.TextLength)
        {
            errors.Add(new("Text", $"Text must be {AsbCaseReview.TextLength} characters or fewer"));
        }

        if (dueOn is null)
        {
            errors.Add(new("DueOn", "Enter the date the partnership's response is due"));
        }
        else if (dueOn <= appeal.DecidedOn)
        {
            errors.Add(new("DueOn", "The response must be due after the date of the decision"));
        }

        if (errors.Count > 0)
        {
            return Saved.Invalid(errors);
        }

        var recommendation = new AsbRecommendation { AppealId = id, Text = text!.Trim(), DueOn = dueOn!.Value };
        db.AsbRecommendations.Add(recommendation);
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(recommendation.Id);
    }

    public async Task<Saved> RecordResponseAsync(Guid id, Guid recommendationId, PartnershipResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        var recommendation = await db.AsbRecommendations.SingleOrDefaultAsync(r => r.Id == recommendationId && r.AppealId == id, cancellationToken);
        if (recommendation is null)
        {
            return Saved.Missing;
        }

        var errors = new List<FieldError>();
        if (response.Accepted is null)
        {
            errors.Add(new("Accepted", "Select whether the partnership accepted it"));
        }

        if (response.RespondedOn is null)
        {
            errors.Add(new("RespondedOn", "Enter the date the partnership responded"));
        }
        else if (response.RespondedOn > Today)
        {
            errors.Add(new("RespondedOn", "The date the partnership responded must be today or in the past"));
        }

        if (response.Response is { Length: > AsbCaseReview.TextLength })
        {
            errors.Add(new("Response", $"Text must be {AsbCaseReview.TextLength} characters or fewer"));
        }

        if (errors.Count > 0)
        {
            return Saved.Invalid(errors);
        }

        recommendation.Accepted = response.Accepted;
        recommendation.Response = Blank(response.Response);
        recommendation.RespondedOn = response.RespondedOn;
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(recommendation.Id);
    }

    /// A year's figures by partnership and by district, counted from the records.
    public async Task<AsbYear> YearAsync(int year, CancellationToken cancellationToken)
    {
        var reviews = await CaseReviewsAsync(year, cancellationToken);
        var (from, to) = (FinancialYear.Start(year), FinancialYear.End(year));
        var appeals = await db.AsbAppeals.AsNoTracking().Include(a => a.Recommendations).Where(a => a.ReceivedOn >= from && a.ReceivedOn <= to).AsSplitQuery().ToListAsync(cancellationToken);
        var partnerships = Options.Partnerships.Select(p =>
        {
            var r = reviews.Where(x => x.Partnership == p).ToList();
            var a = appeals.Where(x => x.Partnership == p).ToList();
            return new AsbPartnershipFigures(
                p,
                r.Count,
                r.Count(x => x.ThresholdMet),
                r.Count(x => x.Accepted),
                a.Count,
                a.Count(x => x.Status == AsbAppealStatus.NotAccepted),
                a.Count(x => x.Decision == AsbAppealDecision.OriginalStands),
                a.Count(x => x.Decision == AsbAppealDecision.Recommendations),
                a.Sum(x => x.Recommendations.Count(c => c.Accepted == true)),
                a.Count(x => x.DecidedOn is { } d && d <= x.DueOn));
        }).ToList();
        var districts = appeals.GroupBy(a => a.District ?? "Not known").OrderBy(g => g.Key)
            .Select(g => (g.Key, g.Count())).ToList();
        return new AsbYear(year, partnerships, districts);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

public sealed record AsbPartnershipFigures(
    string Partnership,
    int CaseReviews,
    int ThresholdMet,
    int CaseReviewsHeld,
    int Appeals,
    int AppealsNotAccepted,
    int OriginalStands,
    int WithRecommendations,
    int RecommendationsAccepted,
    int DecidedWithinStandard);

public sealed record AsbYear(int StartYear, IReadOnlyList<AsbPartnershipFigures> Partnerships, IReadOnlyList<(string District, int Appeals)> Districts)
{
    public string Label => FinancialYear.Label(StartYear);
}
