using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Accountability.Meetings;
using Oversight.Web.Accountability.Documents;
using Oversight.Web.Documents;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Accountability.Meetings;

/// The meeting pack as a standalone HTML file or a printed PDF.
[Authorize(Policy = Policies.Accountability)]
public sealed class PackModel(MeetingPack pack, DocumentRenderer renderer) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, string format, CancellationToken cancellationToken)
    {
        if (format is not ("html" or "pdf") || await pack.BuildAsync(id, cancellationToken) is not { } contents)
        {
            return NotFound();
        }

        var file = await ReportDocumentFile.RenderAsync<MeetingPackDocument>(renderer, new Dictionary<string, object?> { [nameof(MeetingPackDocument.Pack)] = contents },
            $"Meeting pack – {contents.Title}", $"meeting-pack-{id:N}.{format}", format == "pdf", cancellationToken);
        return File(file.Content, file.ContentType, file.FileName);
    }
}
