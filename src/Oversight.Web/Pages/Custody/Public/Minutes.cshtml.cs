using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Custody.Scrutiny;

namespace Oversight.Web.Pages.Custody.Public;

/// Published minutes of the scrutiny panels: only what the panel chose to publish, never a case record.
[AllowAnonymous]
public sealed class MinutesModel(PanelRecords records) : PageModel
{
    public IReadOnlyList<PublishedMinutes> Minutes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Minutes = await records.PublishedAsync(cancellationToken);
}
