using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Custody;
using Oversight.Core.Custody.Visiting;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Custody.Suites;

[Authorize(Policy = Policies.Custody)]
public sealed class IndexModel(CustodySetup setup) : PageModel
{
    public IReadOnlyList<CustodySuite> Suites { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Suites = await setup.SuitesAsync(cancellationToken);
}
