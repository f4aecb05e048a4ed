using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Oversight.Core.Casework;
using Oversight.Core.Casework.Reviews;
using Oversight.Domain.Casework;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Casework.Public;

/// The public's application for a review of a police complaint outcome: it opens a review case file as an officer's
/// record would, received today by web form, with the 28-day limit worked out from the date given.
[AllowAnonymous]
[EnableRateLimiting(PublicFormRateLimit.Policy)]
public sealed class ApplyForReviewModel(ComplaintReviews reviews) : FormPageModel
{
    [BindProperty]
    public string? ApplicantName { get; set; }

    [BindProperty]
    public string? ApplicantEmail { get; set; }

    [BindProperty]
    public string? ApplicantPhone { get; set; }

    [BindProperty]
    public string? ApplicantAddress { get; set; }

    [BindProperty]
    public string? ForceReference { get; set; }

    [BindProperty]
    public DateParts OutcomeGivenOn { get; set; } = new();

    [BindProperty]
    public string? ComplaintSummary { get; set; }

    public string Force => reviews.Options.Force;

    /// Shown on the response to the post itself, never at an address someone else could open.
    public string? Reference { get; private set; }

    public DateOnly LastDay { get; private set; }

    public Timeliness Timeliness { get; private set; }

    public DateOnly DueOn { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = CaseworkForm.Required(ModelState, nameof(OutcomeGivenOn), OutcomeGivenOn, "the date you were told the outcome");
        if (string.IsNullOrWhiteSpace(ComplaintSummary))
        {
            ModelState.AddModelError(nameof(ComplaintSummary), "Tell us why you are unhappy with the outcome");
        }

        var today = reviews.Today;
        var application = new ReviewApplication(today, ContactChannel.WebForm, ApplicantName ?? "", ApplicantEmail, ApplicantPhone, ApplicantAddress, null, null,
            ForceReference ?? "", null, Force, outcome ?? today, ComplaintSummary, null);
        if (!ModelState.IsValid)
        {
            // The rules' own errors too, so the summary lists every problem at once.
            ModelState.AddErrors(ReviewRules.Check(application, today).Where(e => e.Field != nameof(OutcomeGivenOn)));
            return Page();
        }

        var saved = await reviews.RecordAsync(application, cancellationToken);
        ModelState.AddErrors(saved.Errors);
        if (saved.Id is not { } id || await reviews.FindAsync(id, cancellationToken) is not { } review)
        {
            return Page();
        }

        Reference = review.Reference;
        LastDay = ReviewTimeLimit.LastDay(review.OutcomeGivenOn);
        Timeliness = ReviewTimeLimit.Assess(review.OutcomeGivenOn, review.ReceivedOn);
        DueOn = review.DueOn;
        ApplicantName = ApplicantEmail = ApplicantPhone = ApplicantAddress = ForceReference = ComplaintSummary = null;
        return Page();
    }
}
