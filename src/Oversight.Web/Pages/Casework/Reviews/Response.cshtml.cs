using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Casework.Reviews;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Casework.Reviews;

[Authorize(Policy = Policies.Casework)]
public sealed class ResponseModel(ComplaintReviews reviews) : FormPageModel
{
    public Guid Id { get; private set; }

    [BindProperty]
    public string? Accepted { get; set; }

    [BindProperty]
    public string? ForceAnswer { get; set; }

    [BindProperty]
    public DateParts RespondedOn { get; set; } = new();

    public void OnGet(Guid id) => Id = id;

    public async Task<IActionResult> OnPostAsync(Guid id, Guid recommendationId, CancellationToken cancellationToken)
    {
        Id = id;
        var respondedOn = CaseworkForm.Optional(ModelState, nameof(RespondedOn), RespondedOn, "the date the force responded");
        var saved = await reviews.RecordResponseAsync(id, recommendationId, new ForceResponse(ModelState.ReadYesNo(nameof(Accepted), Accepted), ForceAnswer, respondedOn), cancellationToken);
        if (saved.NotFound)
        {
            return NotFound();
        }

        ModelState.AddErrors(saved.Errors.Where(e => !HasError(e.Field)));

        return ModelState.IsValid ? Redirect($"/casework/reviews/{id}") : Page();
    }
}
