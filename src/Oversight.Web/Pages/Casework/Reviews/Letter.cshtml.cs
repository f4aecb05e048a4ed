using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Casework.Letters;
using Oversight.Core.Casework.Reviews;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Casework.Reviews;

[Authorize(Policy = Policies.Casework)]
public sealed class LetterModel(ComplaintReviews reviews) : FormPageModel
{
    public CaseLetter Letter { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid letterId, CancellationToken cancellationToken)
    {
        if (await reviews.OpenLetterAsync(id, letterId, cancellationToken) is not { } letter)
        {
            return NotFound();
        }

        Letter = letter;
        return Page();
    }
}
