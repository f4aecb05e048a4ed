using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Accountability.Meetings;

namespace Oversight.Web.Pages.Accountability.Minutes;

/// Published minutes of the public meetings, open to anyone.
[AllowAnonymous]
[Oversight.Web.Publishing.Published]
public sealed class IndexModel(Core.Accountability.Meetings.Meetings meetings) : PageModel
{
    public IReadOnlyList<Meeting> List { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => List = await meetings.PublishedAsync(null, cancellationToken);
}
