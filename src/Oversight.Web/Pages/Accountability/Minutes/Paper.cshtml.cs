using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Oversight.Web.Pages.Accountability.Minutes;

/// An uploaded paper of a public meeting whose agenda is published; 404 before then, as for the meeting's page.
[AllowAnonymous]
public sealed class PaperModel(Core.Accountability.Meetings.Meetings meetings) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid reportId, CancellationToken cancellationToken) =>
        await meetings.FindPublishedAsync(id, cancellationToken) is not null
            && await meetings.FindReportAsync(id, reportId, cancellationToken) is { Content: { } content } report
            // N.B. always an attachment, so an uploaded HTML file cannot run in the application's origin.
            ? File(content, "application/octet-stream", report.FileName)
            : NotFound();
}
