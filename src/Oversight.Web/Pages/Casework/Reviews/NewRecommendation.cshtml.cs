using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Casework.Reviews;
using Oversight.Web.Components;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Casework.Reviews;

[Authorize(Policy = Policies.Casework)]
public sealed class NewRecommendationModel(ComplaintReviews reviews) : FormPageModel
{
    public static readonly IReadOnlyList<Choice> Kinds =
    [
        new(nameof(RecommendationKind.Recommendation), "A recommendation to the appropriate authority", null),
        new(nameof(RecommendationKind.Learning), "Organisational learning for the force", null),
    ];

    public Guid Id { get; private set; }

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public string? Theme { get; set; }

    public void OnGet(Guid id) => Id = id;

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        Id = id;
        if (!Enum.TryParse<RecommendationKind>(Kind, out var kind))
        {
            ModelState.AddModelError(nameof(Kind), "Select whether this is a recommendation or learning");
            return Page();
        }

        var saved = await reviews.AddRecommendationAsync(id, kind, Text, Theme, cancellationToken);
        if (saved.NotFound)
        {
            return NotFound();
        }

        ModelState.AddErrors(saved.Errors);
        return ModelState.IsValid ? Redirect($"/casework/reviews/{id}") : Page();
    }
}
