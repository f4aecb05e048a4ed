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

    /// The form's fields, bound at the top level so they are named as the rules name them ("ExtendedTo").
    [BindProperty(BinderType = typeof(FormInputBinder))]
    public ReviewAssessment Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await reviews.FindAsync(id, cancellationToken) is not { } review)
        {
            return NotFound();
        }

        Review = review;
        Input = ReviewAssessment.Of(review);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await reviews.FindAsync(id, cancellationToken) is not { } review)
        {
            return NotFound();
        }

        Review = review;

        // A field that did not read (a date, a number, an answer no page offers) saves nothing.
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var saved = await reviews.AssessAsync(id, Input, cancellationToken);
        if (saved.NotFound)
        {
            return NotFound();
        }

        ModelState.AddErrors(saved.Errors);
        return saved.Succeeded ? Redirect($"/casework/reviews/{id}") : Page();
    }
}
