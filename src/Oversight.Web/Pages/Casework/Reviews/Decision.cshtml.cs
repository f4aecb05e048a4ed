using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Casework.Reviews;
using Oversight.Web.Components;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Casework.Reviews;

[Authorize(Policy = Policies.Casework)]
public sealed class DecisionModel(ComplaintReviews reviews) : FormPageModel
{
    public static readonly IReadOnlyList<Choice> Decisions =
    [
        new(nameof(ReviewDecision.NotUpheld), "Not upheld: the outcome was reasonable and proportionate", null),
        new(nameof(ReviewDecision.Upheld), "Upheld: the outcome was not reasonable and proportionate", null),
    ];

    public ComplaintReview Review { get; private set; } = null!;

    [BindProperty]
    public string? Decision { get; set; }

    [BindProperty]
    public string? Rationale { get; set; }

    [BindProperty]
    public DateParts DecidedOn { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await reviews.FindAsync(id, cancellationToken) is not { } review)
        {
            return NotFound();
        }

        Review = review;
        DecidedOn = DateParts.From(reviews.Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await reviews.FindAsync(id, cancellationToken) is not { } review)
        {
            return NotFound();
        }

        Review = review;
        var decidedOn = CaseworkForm.Required(ModelState, nameof(DecidedOn), DecidedOn, "the date of the decision");
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = new ReviewOutcome(Enum.TryParse<ReviewDecision>(Decision, out var d) ? d : null, Rationale, decidedOn!.Value);
        var saved = await reviews.DecideAsync(id, outcome, cancellationToken);
        if (saved.NotFound)
        {
            return NotFound();
        }

        ModelState.AddErrors(saved.Errors);
        return ModelState.IsValid ? Redirect($"/casework/reviews/{id}") : Page();
    }
}
