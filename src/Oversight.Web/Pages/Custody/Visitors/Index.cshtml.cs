using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Custody.Visiting;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Custody.Visitors;

[Authorize(Policy = Policies.Custody)]
public sealed class IndexModel(Volunteers volunteers) : PageModel
{
    public IReadOnlyList<CustodyVisitor> Visitors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Visitors = await volunteers.ListAsync(cancellationToken);
}
