using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Casework.Reviews;
using Oversight.Web.Components;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Casework.Reviews;

[Authorize(Policy = Policies.Casework)]
public sealed class AssessmentModel(ComplaintReviews reviews) : FormPageModel
{
    public static readonly IReadOnlyList<Choice> Criteria =
    [
        new(nameof(ComplaintReview.AboutChiefOfficer), "The appropriate authority is the local policing body (the complaint is about the chief officer)", null),
        new(nameof(ComplaintReview.AboutSeniorOfficer), "It concerns an officer above the rank of chief superintendent", null),
        new(nameof(ComplaintReview.CouldJustifyProceedings), "From the complaint alone, the conduct, if proved, might justify criminal or disciplinary proceedings", null),
        new(nameof(ComplaintReview.CouldInfringeArticle2Or3), "From the complaint alone, it might involve an infringement of Article 2 or 3", null),
        new(nameof(ComplaintReview.ReferredToIopc), "The complaint has been, or must be, referred to the IOPC", null),
    ];

    public static readonly IReadOnlyList<Choice> Types =
    [
        new(nameof(ReviewType.OtherwiseThanByInvestigation), "Handled otherwise than by investigation (paragraph 6A)", null),
        new(nameof(ReviewType.Investigation), "Investigated by the appropriate authority (paragraph 25)", null),
    ];

    public ComplaintReview Review { get; private set; } = null!;

    [BindProperty]
    public string? DaysForwarding { get; set; }

    [BindProperty]
    public DateParts ExtendedTo { get; set; } = new();

    [BindProperty]
    public string? ExtensionReason { get; set; }

    [BindProperty]
    public List<string> ReviewBodyCriteria { get; set; } = [];

    [BindProperty]
    public DateParts ForwardedToIopcOn { get; set; } = new();

    [BindProperty]
    public DateParts ApplicantNotifiedOfForwardingOn { get; set; } = new();

    [BindProperty]
    public string? RecordedUnderSchedule3 { get; set; }

    [BindProperty]
    public string? EligibleComplainant { get; set; }

    [BindProperty]
    public string? NotDirectedOrIndependent { get; set; }

    [BindProperty]
    public string? Type { get; set; }

    [BindProperty]
    public DateParts InterestedPersonsNotifiedOn { get; set; } = new();

    [BindProperty]
    public DateParts InformationRequestedOn { get; set; } = new();

    [BindProperty]
    public DateParts InformationReceivedOn { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await reviews.FindAsync(id, cancellationToken) is not { } review)
        {
            return NotFound();
        }

        Review = review;
        DaysForwarding = review.DaysForwarding.ToString(CaseworkForm.English);
        ExtendedTo = CaseworkForm.Parts(review.ExtendedTo);
        ExtensionReason = review.ExtensionReason;
        ReviewBodyCriteria = Criteria.Select(c => c.Value).Where(c => (bool)typeof(ComplaintReview).GetProperty(c)!.GetValue(review)!).ToList();
        ForwardedToIopcOn = CaseworkForm.Parts(review.ForwardedToIopcOn);
        ApplicantNotifiedOfForwardingOn = CaseworkForm.Parts(review.ApplicantNotifiedOfForwardingOn);
        RecordedUnderSchedule3 = CaseworkForm.YesNoValue(review.RecordedUnderSchedule3);
        EligibleComplainant = CaseworkForm.YesNoValue(review.EligibleComplainant);
        NotDirectedOrIndependent = CaseworkForm.YesNoValue(review.NotDirectedOrIndependent);
        Type = review.Type?.ToString();
        InterestedPersonsNotifiedOn = CaseworkForm.Parts(review.InterestedPersonsNotifiedOn);
        InformationRequestedOn = CaseworkForm.Parts(review.InformationRequestedOn);
        InformationReceivedOn = CaseworkForm.Parts(review.InformationReceivedOn);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await reviews.FindAsync(id, cancellationToken) is not { } review)
        {
            return NotFound();
        }

        Review = review;
        var days = 0;
        if (!string.IsNullOrWhiteSpace(DaysForwarding) && !int.TryParse(DaysForwarding, System.Globalization.NumberStyles.None, CaseworkForm.English, out days))
        {
            ModelState.AddModelError(nameof(DaysForwarding), "Enter the days spent forwarding as a whole number, like 3");
        }

        var assessment = new ReviewAssessment(
            days,
            CaseworkForm.Optional(ModelState, nameof(ExtendedTo), ExtendedTo, "the date the time limit is extended to"),
            ExtensionReason,
            ReviewBodyCriteria.Contains(nameof(ComplaintReview.AboutChiefOfficer)),
            ReviewBodyCriteria.Contains(nameof(ComplaintReview.AboutSeniorOfficer)),
            ReviewBodyCriteria.Contains(nameof(ComplaintReview.CouldJustifyProceedings)),
            ReviewBodyCriteria.Contains(nameof(ComplaintReview.CouldInfringeArticle2Or3)),
            ReviewBodyCriteria.Contains(nameof(ComplaintReview.ReferredToIopc)),
            CaseworkForm.Optional(ModelState, nameof(ForwardedToIopcOn), ForwardedToIopcOn, "the date it was forwarded to the IOPC"),
            CaseworkForm.Optional(ModelState, nameof(ApplicantNotifiedOfForwardingOn), ApplicantNotifiedOfForwardingOn, "the date the applicant was told"),
            CaseworkForm.ReadYesNo(RecordedUnderSchedule3),
            CaseworkForm.ReadYesNo(EligibleComplainant),
            CaseworkForm.ReadYesNo(NotDirectedOrIndependent),
            Enum.TryParse<ReviewType>(Type, out var type) ? type : null,
            CaseworkForm.Optional(ModelState, nameof(InterestedPersonsNotifiedOn), InterestedPersonsNotifiedOn, "the date interested persons were notified"),
            CaseworkForm.Optional(ModelState, nameof(InformationRequestedOn), InformationRequestedOn, "the date information was requested"),
            CaseworkForm.Optional(ModelState, nameof(InformationReceivedOn), InformationReceivedOn, "the date information was received"));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var saved = await reviews.AssessAsync(id, assessment, cancellationToken);
        if (saved.NotFound)
        {
            return NotFound();
        }

        ModelState.AddErrors(saved.Errors);
        return ModelState.IsValid ? Redirect($"/casework/reviews/{id}") : Page();
    }
}
