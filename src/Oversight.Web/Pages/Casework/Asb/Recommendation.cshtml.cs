using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Casework.Asb;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Casework.Asb;

[Authorize(Policy = Policies.Casework)]
public sealed class RecommendationModel(AsbAppeals appeals) : FormPageModel
{
    public AsbAppeal Appeal { get; private set; } = null!;

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public DateParts DueOn { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await appeals.FindAsync(id, cancellationToken) is not { } appeal)
        {
            return NotFound();
        }

        Appeal = appeal;
        DueOn = DateParts.From(appeals.ResponseDueFrom(appeal.DecidedOn ?? appeals.Today));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await appeals.FindAsync(id, cancellationToken) is not { } appeal)
        {
            return NotFound();
        }

        Appeal = appeal;
        var dueOn = CaseworkForm.Required(ModelState, nameof(DueOn), DueOn, "the date the response is due");
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var saved = await appeals.AddRecommendationAsync(id, Text, dueOn, cancellationToken);
        ModelState.AddErrors(saved.Errors);
        return saved.Succeeded ? Redirect($"/casework/asb/{id}") : Page();
    }
}
