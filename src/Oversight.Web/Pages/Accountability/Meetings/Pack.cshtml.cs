using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Accountability.Meetings;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Accountability.Meetings;

/// The meeting pack as a standalone HTML file or a printed PDF.
[Authorize(Policy = Policies.Accountability)]
public sealed class PackModel(MeetingPack pack) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, string format, CancellationToken cancellationToken)
    {
        var name = $"meeting-pack-{id:N}";
        switch (format)
        {
            case "html":
                return await pack.HtmlAsync(id, cancellationToken) is { } html
                    ? File(System.Text.Encoding.UTF8.GetBytes(html.Html), "text/html; charset=utf-8", name + ".html")
                    : NotFound();
            case "pdf":
                return await pack.PdfAsync(id, cancellationToken) is { } pdf ? File(pdf, "application/pdf", name + ".pdf") : NotFound();
            default:
                return NotFound();
        }
    }
}
