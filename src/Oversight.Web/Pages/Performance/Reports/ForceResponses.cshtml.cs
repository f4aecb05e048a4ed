using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Performance.Reports;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Performance.Reports;

/// The quarterly reports the force may still respond to; other partners see that only the force responds.
[Authorize(Policy = Policies.ForceResponse)]
public sealed class ForceResponsesModel(CurrentUser current, QuarterlyReports reports) : PageModel
{
    public bool IsForce { get; private set; }

    public string ForceName => reports.Force?.Name ?? "the force";

    public IReadOnlyList<QuarterlyReport> Reports { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        IsForce = reports.IsForce(await current.GetAsync(cancellationToken));
        Reports = IsForce ? await reports.AwaitingPublicationAsync(cancellationToken) : [];
    }
}
