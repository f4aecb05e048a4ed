using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Casework.Asb;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Casework.Asb;

[Authorize(Policy = Policies.Casework)]
public sealed class DetailsModel(AsbAppeals appeals) : FormPageModel
{
    public AsbAppeal Appeal { get; private set; } = null!;

    public DateOnly Today => appeals.Today;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await appeals.OpenAsync(id, cancellationToken) is not { } appeal)
        {
            return NotFound();
        }

        Appeal = appeal;
        return Page();
    }

    public async Task<IActionResult> OnPostLetterAsync(Guid id, CancellationToken cancellationToken)
    {
        var written = await appeals.WriteDecisionLetterAsync(id, cancellationToken);
        if (written.NotFound)
        {
            return NotFound();
        }

        if (written.Succeeded)
        {
            return Redirect($"/casework/letters/{written.Id}");
        }

        ModelState.AddErrors(written.Errors);
        return await OnGetAsync(id, cancellationToken);
    }
}
