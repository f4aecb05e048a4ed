using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Casework.Letters;
using Oversight.Core.Casework.Reviews;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Casework.Reviews;

[Authorize(Policy = Policies.Casework)]
public sealed class DetailsModel(ComplaintReviews reviews) : FormPageModel
{
    public ComplaintReview Review { get; private set; } = null!;

    public DateOnly Today => reviews.Today;

    /// The letters this case's state calls for: the acknowledgement always, then the one its outcome needs.
    public IEnumerable<LetterKind> LetterKinds => Review.Status switch
    {
        ReviewStatus.ForwardedToIopc => [LetterKind.Acknowledgement, LetterKind.ForwardedToIopc],
        ReviewStatus.NotAccepted => [LetterKind.Acknowledgement, LetterKind.NotAccepted],
        ReviewStatus.Decided => [LetterKind.Acknowledgement, LetterKind.Decision],
        _ => [LetterKind.Acknowledgement],
    };

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var review = await reviews.OpenAsync(id, cancellationToken);
        if (review is null)
        {
            return NotFound();
        }

        Review = review;
        return Page();
    }

    public async Task<IActionResult> OnPostLetterAsync(Guid id, string? kind, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<LetterKind>(kind, out var letterKind))
        {
            return BadRequest();
        }

        var written = await reviews.WriteLetterAsync(id, letterKind, cancellationToken);
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
