using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Custody.Visiting;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Custody;

[Authorize(Policy = Policies.Custody)]
public sealed class IndexModel(VisitIssues issues) : PageModel
{
    public int Open { get; private set; }

    public int Overdue { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Open = (await issues.ListAsync("open", cancellationToken)).Count;
        Overdue = (await issues.ListAsync("overdue", cancellationToken)).Count;
    }
}
