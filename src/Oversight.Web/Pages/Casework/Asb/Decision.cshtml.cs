using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Casework.Asb;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Casework.Asb;

[Authorize(Policy = Policies.Casework)]
public sealed class DecisionModel(AsbAppeals appeals) : FormPageModel
{
    public AsbAppeal Appeal { get; private set; } = null!;

    [BindProperty]
    public string? Decision { get; set; }

    [BindProperty]
    public string? Rationale { get; set; }

    [BindProperty]
    public DateParts DecidedOn { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await appeals.FindAsync(id, cancellationToken) is not { } appeal)
        {
            return NotFound();
        }

        Appeal = appeal;
        DecidedOn = DateParts.From(appeals.Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await appeals.FindAsync(id, cancellationToken) is not { } appeal)
        {
            return NotFound();
        }

        Appeal = appeal;
        var decidedOn = CaseworkForm.Required(ModelState, nameof(DecidedOn), DecidedOn, "the date of the decision");
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = new AppealOutcome(Enum.TryParse<AsbAppealDecision>(Decision, out var d) ? d : null, Rationale, decidedOn!.Value);
        var saved = await appeals.DecideAsync(id, outcome, cancellationToken);
        ModelState.AddErrors(saved.Errors);
        return saved.Succeeded ? Redirect($"/casework/asb/{id}") : Page();
    }
}
