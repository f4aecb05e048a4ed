using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Performance.Reports;
using Oversight.Web.Reporting;

namespace Oversight.Web.Pages.Reports;

/// One quarter's latest published version, shown only from its snapshot so it reads as it was published.
[AllowAnonymous]
[Oversight.Web.Publishing.Published]
public sealed class PublishedModel(QuarterlyReports reports) : PageModel
{
    public QuarterlyReport Report { get; private set; } = null!;

    public ReportSnapshot Snapshot { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string quarter, CancellationToken cancellationToken)
    {
        if (ReportText.QuarterOf(quarter) is not { } text
            || await reports.FindPublishedAsync(text, cancellationToken) is not { Snapshot: { } json } report)
        {
            return NotFound();
        }

        Report = report;
        Snapshot = ReportSnapshot.FromJson(json);
        return Page();
    }
}
