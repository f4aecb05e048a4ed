using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oversight.Core.Audit;
using Oversight.Core.Casework.Letters;
using Oversight.Core.Data;
using Oversight.Core.Lists;
using Oversight.Domain;
using Oversight.Domain.Calendar;
using Oversight.Domain.Casework;

namespace Oversight.Core.Casework.Reviews;

/// Records and decides applications for reviews of complaint outcomes.
public sealed class ComplaintReviews(OversightDbContext db, IAuditActor actor, TimeProvider clock, IOptions<CaseworkOptions> options, CaseLetters letters)
{
    public DateOnly Today => UkTime.Today(clock);

    /// The columns the list of reviews sorts by; newest first unless asked otherwise.
    public static readonly ListSorts<ComplaintReview> Sorts = new ListSorts<ComplaintReview>()
        .Add("reference", r => r.Reference)
        .Add("applicant", r => r.Applicant!.Name)
        .Add("received", r => r.ReceivedOn)
        .Add("due", r => r.DueOn)
        .Add("reviewer", r => r.ReviewerName)
        .Default("received", descending: true)
        .ThenBy(r => r.Reference);

    /// One page of reviews matching the words (reference, applicant, force reference) and filters, without the free
    /// text. "Open" means neither decided nor forwarded to the IOPC; whether out of time is worked out per row.
    public Task<ListPage<ComplaintReview>> SearchAsync(ReviewFilters filters, ListRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filters);
        ArgumentNullException.ThrowIfNull(request);
        var rows = db.ComplaintReviews.AsNoTracking().Include(r => r.Applicant)
            .Matching(request, r => r.Reference, r => r.Applicant!.Name, r => r.ForceReference);

        var today = Today;
        rows = filters.Status switch
        {
            ReviewListStatus.Open => rows.Where(r => r.Decision == null && r.ForwardedToIopcOn == null),
            ReviewListStatus.Overdue => rows.Where(r => r.Decision == null && r.ForwardedToIopcOn == null && r.DueOn < today),
            ReviewListStatus.Decided => rows.Where(r => r.Decision != null),
            ReviewListStatus.ForwardedToIopc => rows.Where(r => r.Decision == null && r.ForwardedToIopcOn != null),
            _ => rows,
        };
        if (!string.IsNullOrWhiteSpace(filters.Reviewer))
        {
            rows = filters.Reviewer == ReviewFilters.Unassigned ? rows.Where(r => r.ReviewerName == null) : rows.Where(r => r.ReviewerName == filters.Reviewer);
        }

        if (filters.Year is { } year)
        {
            var (from, to) = (FinancialYear.Start(year), FinancialYear.End(year));
            rows = rows.Where(r => r.ReceivedOn >= from && r.ReceivedOn <= to);
        }

        return rows.PageAsync(Sorts, request, cancellationToken);
    }

    /// The names of the people reviews are assigned to, for the list's filter.
    public Task<List<string>> ReviewersAsync(CancellationToken cancellationToken) =>
        db.ComplaintReviews.Where(r => r.ReviewerName != null).Select(r => r.ReviewerName!).Distinct().OrderBy(n => n).ToListAsync(cancellationToken);

    /// The financial years reviews were received in, latest first, for the list's year filter.
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken)
    {
        var first = await db.ComplaintReviews.MinAsync(r => (DateOnly?)r.ReceivedOn, cancellationToken);
        var last = FinancialYear.StartYearOf(Today);
        return first is { } day ? Enumerable.Range(FinancialYear.StartYearOf(day), Math.Max(0, last - FinancialYear.StartYearOf(day)) + 1).Reverse().ToList() : [];
    }

    /// How many reviews are neither decided nor forwarded, and how many of those are past their due date.
    public async Task<(int Open, int Overdue)> OpenCountsAsync(CancellationToken cancellationToken)
    {
        var today = Today;
        var open = db.ComplaintReviews.Where(r => r.Decision == null && r.ForwardedToIopcOn == null);
        return (await open.CountAsync(cancellationToken), await open.CountAsync(r => r.DueOn < today, cancellationToken));
    }

    /// The case file; reading it is recorded in the audit trail, since it is personal data.
    public async Task<ComplaintReview?> OpenAsync(Guid id, CancellationToken cancellationToken)
    {
        var review = await FindAsync(id, cancellationToken);
        if (review is not null)
        {
            AuditTrail.RecordView(db, actor, clock, nameof(ComplaintReview), id.ToString());
            await db.SaveChangesAsync(cancellationToken);
        }

        return review;
    }

    public Task<ComplaintReview?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.ComplaintReviews.Include(r => r.Applicant).Include(r => r.Recommendations).Include(r => r.Letters)
            .AsSplitQuery().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);

    public CaseworkOptions Options => options.Value;

    public async Task<Saved> RecordAsync(ReviewApplication application, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(application);
        var errors = ReviewRules.Check(application, Today);
        if (errors.Count > 0)
        {
            return Saved.Invalid(errors);
        }

        var person = new CasePerson
        {
            Name = application.ApplicantName.Trim(),
            Email = Blank(application.ApplicantEmail),
            Phone = Blank(application.ApplicantPhone),
            Address = Blank(application.ApplicantAddress),
        };
        var review = new ComplaintReview
        {
            Reference = CaseReference.New("CR", application.ReceivedOn),
            ReceivedOn = application.ReceivedOn,
            Channel = application.Channel,
            Applicant = person,
            RepresentativeName = Blank(application.RepresentativeName),
            RepresentativeConsentOn = application.RepresentativeConsentOn,
            ForceReference = application.ForceReference.Trim(),
            ComplaintMadeOn = application.ComplaintMadeOn,
            AppropriateAuthority = application.AppropriateAuthority.Trim(),
            OutcomeGivenOn = application.OutcomeGivenOn,
            ComplaintSummary = Blank(application.ComplaintSummary),
            District = Blank(application.District),
            DueOn = WorkingDays.Add(application.ReceivedOn, options.Value.ReviewCompletionWorkingDays),
        };
        db.ComplaintReviews.Add(review);
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(review.Id);
    }

    /// Saves the assessment, or says the review is missing or what is wrong with the assessment.
    public async Task<Saved> AssessAsync(Guid id, ReviewAssessment assessment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var review = await db.ComplaintReviews.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (review is null)
        {
            return Saved.Missing;
        }

        var errors = ReviewRules.Check(assessment, review, Today);
        if (errors.Count > 0)
        {
            return Saved.Invalid(errors);
        }

        review.DaysForwarding = assessment.DaysForwarding;
        review.ExtendedTo = assessment.ExtendedTo;
        review.ExtensionReason = assessment.ExtendedTo is null ? null : Blank(assessment.ExtensionReason);
        review.AboutChiefOfficer = assessment.AboutChiefOfficer;
        review.AboutSeniorOfficer = assessment.AboutSeniorOfficer;
        review.CouldJustifyProceedings = assessment.CouldJustifyProceedings;
        review.CouldInfringeArticle2Or3 = assessment.CouldInfringeArticle2Or3;
        review.ReferredToIopc = assessment.ReferredToIopc;
        review.ForwardedToIopcOn = assessment.ForwardedToIopcOn;
        review.ApplicantNotifiedOfForwardingOn = assessment.ApplicantNotifiedOfForwardingOn;
        review.RecordedUnderSchedule3 = assessment.RecordedUnderSchedule3;
        review.EligibleComplainant = assessment.EligibleComplainant;
        review.NotDirectedOrIndependent = assessment.NotDirectedOrIndependent;
        review.Type = assessment.Type;
        review.InterestedPersonsNotifiedOn = assessment.InterestedPersonsNotifiedOn;
        review.InformationRequestedOn = assessment.InformationRequestedOn;
        review.InformationReceivedOn = assessment.InformationReceivedOn;
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(id);
    }

    /// Records the decision, with the signed-in officer as reviewer.
    public async Task<Saved> DecideAsync(Guid id, ReviewOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var review = await db.ComplaintReviews.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (review is null)
        {
            return Saved.Missing;
        }

        var errors = ReviewRules.Check(outcome, review, Today);
        if (errors.Count > 0)
        {
            return Saved.Invalid(errors);
        }

        review.Decision = outcome.Decision;
        review.Rationale = outcome.Rationale!.Trim();
        review.DecidedOn = outcome.DecidedOn;
        review.ReviewerId = actor.UserId;
        review.ReviewerName = await letters.SignedInNameAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(id);
    }

    public async Task<Saved> AddRecommendationAsync(Guid id, RecommendationKind kind, string? text, string? theme, CancellationToken cancellationToken)
    {
        if (!await db.ComplaintReviews.AnyAsync(r => r.Id == id, cancellationToken))
        {
            return Saved.Missing;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return Saved.Invalid("Text", kind == RecommendationKind.Recommendation ? "Enter the recommendation" : "Enter the learning");
        }

        if (text.Length > ComplaintReview.TextLength)
        {
            return Saved.Invalid("Text", $"Text must be {ComplaintReview.TextLength} characters or fewer");
        }

        var recommendation = new ReviewRecommendation { ReviewId = id, Kind = kind, Text = text.Trim(), Theme = Blank(theme) };
        db.ReviewRecommendations.Add(recommendation);
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(recommendation.Id);
    }

    public async Task<Saved> RecordResponseAsync(Guid id, Guid recommendationId, ForceResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        var recommendation = await db.ReviewRecommendations.SingleOrDefaultAsync(r => r.Id == recommendationId && r.ReviewId == id, cancellationToken);
        if (recommendation is null)
        {
            return Saved.Missing;
        }

        var errors = new List<FieldError>();
        if (response.Accepted is null)
        {
            errors.Add(new FieldError("Accepted", "Select whether the force accepted it"));
        }

        if (response.RespondedOn is null)
        {
            errors.Add(new FieldError("RespondedOn", "Enter the date the force responded"));
        }
        else if (response.RespondedOn > Today)
        {
            errors.Add(new FieldError("RespondedOn", "The date the force responded must be today or in the past"));
        }

        if (errors.Count > 0)
        {
            return Saved.Invalid(errors);
        }

        recommendation.Accepted = response.Accepted;
        recommendation.Response = Blank(response.Response);
        recommendation.RespondedOn = response.RespondedOn;
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(recommendationId);
    }

    /// Writes a letter from its current template and keeps it on the file; the id is the letter's. A refusal names
    /// the field "letters", the page's list of letters. Only the letters the case's state calls for can be written.
    public async Task<Saved> WriteLetterAsync(Guid id, LetterKind kind, CancellationToken cancellationToken)
    {
        var review = await FindAsync(id, cancellationToken);
        if (review is null)
        {
            return Saved.Missing;
        }

        var refusal = kind switch
        {
            LetterKind.ForwardedToIopc when review.ReviewBody.Body != ReviewBodyKind.Iopc || review.ForwardedToIopcOn is null =>
                "Record that the application was forwarded to the IOPC before writing this letter",
            LetterKind.Decision when review.Decision is null => "Record the decision before writing the decision letter",
            LetterKind.NotAccepted when review.Status != ReviewStatus.NotAccepted =>
                "Record that the application is invalid or out of time before writing the letter saying it cannot be reviewed",
            LetterKind.AsbDecision => "An ASB appeal letter cannot be written from a complaint review",
            _ => null,
        };
        if (refusal is not null)
        {
            return Saved.Invalid("letters", refusal);
        }

        var (signedBy, role) = kind == LetterKind.Decision ? (review.ReviewerName, "Reviewing officer") : (null, "Casework officer");
        var letter = await letters.WriteAsync(kind, review.Applicant, review.Reference, t => LetterWriter.Write(t, review, Today),
            l => l.ReviewId = id, signedBy, role, cancellationToken);
        return Saved.Done(letter.Id);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

public enum ReviewListStatus
{
    Any,
    Open,
    Overdue,
    Decided,
    ForwardedToIopc,
}

/// The filters on the list of reviews: status, reviewer (or <see cref="Unassigned"/>) and the financial year received
/// (by the calendar year it starts in).
public sealed record ReviewFilters(ReviewListStatus Status = ReviewListStatus.Any, string? Reviewer = null, int? Year = null)
{
    public const string Unassigned = "(unassigned)";
}
