using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Performance.Reports;

namespace Oversight.Web.Pages.Reports;

/// Published reports are for everyone: the office reports to the public.
[AllowAnonymous]
[Oversight.Web.Publishing.Published]
public sealed class IndexModel(QuarterlyReports reports) : PageModel
{
    public IReadOnlyList<QuarterlyReport> Reports { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Reports = await reports.PublishedAsync(cancellationToken);
}
