using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Casework.Enquiries;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Casework.Enquiries;

[Authorize(Policy = Policies.Casework)]
public sealed class AttachmentModel(PublicEnquiries enquiries) : PageModel
{
    // Always a download, never rendered: a file from the public could hold script.
    public async Task<IActionResult> OnGetAsync(Guid id, Guid entryId, CancellationToken cancellationToken) =>
        await enquiries.AttachmentAsync(id, entryId, cancellationToken) is { AttachmentContent: { } content } entry
            ? File(content, "application/octet-stream", entry.AttachmentName ?? "attachment")
            : NotFound();
}
