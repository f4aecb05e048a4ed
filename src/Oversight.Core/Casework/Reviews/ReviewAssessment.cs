using System.ComponentModel.DataAnnotations;

namespace Oversight.Core.Casework.Reviews;

/// What the officer establishes about an application: time limit, review body, validity, notifications, information.
/// The assessment form posts it as it is (the page binds it with the shared form binder, which reads the names below
/// for its messages), <see cref="ReviewRules"/> checks it and <see cref="ComplaintReviews.AssessAsync"/> saves it.
public sealed class ReviewAssessment
{
    [Display(Name = "the days spent forwarding")]
    public int DaysForwarding { get; set; }

    [Display(Name = "the date the time limit is extended to")]
    public DateOnly? ExtendedTo { get; set; }

    public string? ExtensionReason { get; set; }

    /// The criteria for the IOPC as review body that apply, each by its name on <see cref="ComplaintReview"/>.
    public List<string> ReviewBodyCriteria { get; set; } = [];

    [Display(Name = "the date it was forwarded to the IOPC")]
    public DateOnly? ForwardedToIopcOn { get; set; }

    [Display(Name = "the date the applicant was told")]
    public DateOnly? ApplicantNotifiedOfForwardingOn { get; set; }

    public bool? RecordedUnderSchedule3 { get; set; }

    public bool? EligibleComplainant { get; set; }

    public bool? NotDirectedOrIndependent { get; set; }

    public ReviewType? Type { get; set; }

    [Display(Name = "the date interested persons were notified")]
    public DateOnly? InterestedPersonsNotifiedOn { get; set; }

    [Display(Name = "the date information was requested")]
    public DateOnly? InformationRequestedOn { get; set; }

    [Display(Name = "the date information was received")]
    public DateOnly? InformationReceivedOn { get; set; }

    public bool AboutChiefOfficer => ReviewBodyCriteria.Contains(nameof(ComplaintReview.AboutChiefOfficer));

    public bool AboutSeniorOfficer => ReviewBodyCriteria.Contains(nameof(ComplaintReview.AboutSeniorOfficer));

    public bool CouldJustifyProceedings => ReviewBodyCriteria.Contains(nameof(ComplaintReview.CouldJustifyProceedings));

    public bool CouldInfringeArticle2Or3 => ReviewBodyCriteria.Contains(nameof(ComplaintReview.CouldInfringeArticle2Or3));

    public bool ReferredToIopc => ReviewBodyCriteria.Contains(nameof(ComplaintReview.ReferredToIopc));

    /// The assessment as last saved, for the form to start from.
    public static ReviewAssessment Of(ComplaintReview review)
    {
        ArgumentNullException.ThrowIfNull(review);
        return new()
        {
            DaysForwarding = review.DaysForwarding,
            ExtendedTo = review.ExtendedTo,
            ExtensionReason = review.ExtensionReason,
            ReviewBodyCriteria = new (string Name, bool Applies)[]
            {
                (nameof(ComplaintReview.AboutChiefOfficer), review.AboutChiefOfficer),
                (nameof(ComplaintReview.AboutSeniorOfficer), review.AboutSeniorOfficer),
                (nameof(ComplaintReview.CouldJustifyProceedings), review.CouldJustifyProceedings),
                (nameof(ComplaintReview.CouldInfringeArticle2Or3), review.CouldInfringeArticle2Or3),
                (nameof(ComplaintReview.ReferredToIopc), review.ReferredToIopc),
            }.Where(c => c.Applies).Select(c => c.Name).ToList(),
            ForwardedToIopcOn = review.ForwardedToIopcOn,
            ApplicantNotifiedOfForwardingOn = review.ApplicantNotifiedOfForwardingOn,
            RecordedUnderSchedule3 = review.RecordedUnderSchedule3,
            EligibleComplainant = review.EligibleComplainant,
            NotDirectedOrIndependent = review.NotDirectedOrIndependent,
            Type = review.Type,
            InterestedPersonsNotifiedOn = review.InterestedPersonsNotifiedOn,
            InformationRequestedOn = review.InformationRequestedOn,
            InformationReceivedOn = review.InformationReceivedOn,
        };
    }
}
