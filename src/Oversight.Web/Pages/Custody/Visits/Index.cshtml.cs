using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Custody.Visiting;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Custody.Visits;

[Authorize(Policy = Policies.CustodyVisiting)]
public sealed class IndexModel(VisitReports reports) : PageModel
{
    public IReadOnlyList<VisitSummary> Visits { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Visits = await reports.ListAsync(VisitingUsers.From(User), cancellationToken);
}
