using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Accountability.Meetings;

namespace Oversight.Web.Pages.Accountability.Minutes;

/// A public meeting's published minutes, with its agenda, the force's linked reports and the questions asked.
/// Anything not yet published is a 404, so a draft cannot be found by guessing its address.
[AllowAnonymous]
[Oversight.Web.Publishing.Published]
public sealed class DetailsModel(Core.Accountability.Meetings.Meetings meetings) : PageModel
{
    public Meeting Meeting { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await meetings.FindPublishedAsync(id, cancellationToken) is not { } meeting)
        {
            return NotFound();
        }

        Meeting = meeting;
        return Page();
    }
}
