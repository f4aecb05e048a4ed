using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Accountability.Meetings;

/// A report document the force submitted, downloaded as it was uploaded.
[Authorize(Policy = Policies.Accountability)]
public sealed class ReportFileModel(Core.Accountability.Meetings.Meetings meetings) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid reportId, CancellationToken cancellationToken) =>
        await meetings.FindReportAsync(id, reportId, cancellationToken) is { Content: { } content } report
            // N.B. always an attachment, so an uploaded HTML file cannot run in the application's origin.
            ? File(content, "application/octet-stream", report.FileName)
            : NotFound();
}
