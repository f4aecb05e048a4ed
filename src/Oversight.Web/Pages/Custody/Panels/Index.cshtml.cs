using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Custody.Scrutiny;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Custody.Panels;

[Authorize(Policy = Policies.Custody)]
public sealed class IndexModel(Core.Custody.Scrutiny.Panels panels) : PageModel
{
    public IReadOnlyList<ScrutinyPanel> Panels { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Panels = await panels.ListAsync(cancellationToken);
}
